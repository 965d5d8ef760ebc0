package io.eventlens.lint.impact;

import io.eventlens.catalog.load.ParseLimits;
import io.eventlens.catalog.model.Action;
import io.eventlens.catalog.model.Catalog;
import io.eventlens.lint.compat.CompatibilityChecker;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import io.eventlens.lint.diff.DocumentSide;
import io.eventlens.lint.diff.MessageCompatibility;
import io.eventlens.lint.diff.MessageVerdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every message of a candidate document against the versions the catalog already knows, through
 * {@link MessageCompatibility} (the CLI's check), and names the services that receive each message now: the consumers
 * a breaking change hurts.
 *
 * <pre>{@code
 * List<MessageVerdict> verdicts = new ConsumerImpact(Mode.BACKWARD, Policy.STRICT)
 *         .check(storedSides, catalogNow, DocumentSide.of(candidate));
 * }</pre>
 */
public final class ConsumerImpact {

    private final MessageCompatibility compatibility;

    public ConsumerImpact(Mode mode, Policy policy) {
        this(mode, policy, ParseLimits.defaults());
    }

    /** As {@link #ConsumerImpact(Mode, Policy)}, each comparison holding to {@code limits}. */
    public ConsumerImpact(Mode mode, Policy policy, ParseLimits limits) {
        this.compatibility = new MessageCompatibility(mode, new CompatibilityChecker(policy).limitedBy(limits));
    }

    /**
     * @param known every stored version of every document, each document's versions oldest first
     * @param current the catalog as it is now (consumers are taken from here and from the candidate)
     * @param candidate the candidate document
     * @return one verdict per message of the candidate, in the candidate's order
     */
    public List<MessageVerdict> check(List<DocumentSide> known, Catalog current, DocumentSide candidate) {
        return compatibility.verdicts(known, candidate, key -> consumers(key, current, candidate.catalog()));
    }

    private static List<String> consumers(String key, Catalog current, Catalog candidate) {
        List<String> consumers = new ArrayList<>(current.servicesThat(Action.RECEIVE, key));
        candidate.servicesThat(Action.RECEIVE, key).stream()
                .filter(s -> !consumers.contains(s))
                .forEach(consumers::add);
        return consumers;
    }
}
