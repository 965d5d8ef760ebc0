package io.eventlens.lint.impact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import io.eventlens.catalog.model.Action;
import io.eventlens.catalog.model.Catalog;
import io.eventlens.catalog.model.Message;
import io.eventlens.lint.compat.CompatibilityChecker;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks every message of a candidate document against the versions the catalog already knows, and
 * names the services that receive each message: the consumers a breaking change hurts.
 *
 * <pre>{@code
 * List<MessageVerdict> verdicts = new ConsumerImpact(Mode.BACKWARD, Policy.STRICT)
 *         .check(catalogHistory, catalogNow, candidateCatalog);
 * }</pre>
 */
public final class ConsumerImpact {

    private final Mode mode;
    private final CompatibilityChecker checker;

    public ConsumerImpact(Mode mode, Policy policy) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.checker = new CompatibilityChecker(Objects.requireNonNull(policy, "policy"));
    }

    /**
     * @param history every known version of every message (earlier versions are taken from here)
     * @param current the catalog as it is now (consumers are taken from here and from the candidate)
     * @param candidate the catalog of the candidate document
     * @return one verdict per message of the candidate, in the candidate's order
     */
    public List<MessageVerdict> check(Catalog history, Catalog current, Catalog candidate) {
        List<MessageVerdict> verdicts = new ArrayList<>();
        for (Message message : candidate.messages()) {
            List<Message> earlier = history.messageVersions(message.key()).stream()
                    .filter(m -> !m.schemaVersion().equals(message.schemaVersion()))
                    .toList();
            List<JsonNode> versions = new ArrayList<>();
            earlier.forEach(m -> versions.add(schemaOf(m)));
            versions.add(schemaOf(message));
            verdicts.add(new MessageVerdict(
                    message.key(),
                    message.schemaVersion(),
                    earlier.stream().map(Message::schemaVersion).toList(),
                    checker.check(mode, versions),
                    consumers(message.key(), current, candidate)));
        }
        return verdicts;
    }

    /** A message without a payload schema accepts anything. */
    private static JsonNode schemaOf(Message message) {
        return message.payload() == null ? BooleanNode.TRUE : message.payload();
    }

    private static List<String> consumers(String key, Catalog current, Catalog candidate) {
        List<String> consumers = new ArrayList<>(current.servicesThat(Action.RECEIVE, key));
        candidate.servicesThat(Action.RECEIVE, key).stream()
                .filter(s -> !consumers.contains(s))
                .forEach(consumers::add);
        return consumers;
    }
}
