package io.eventlens.lint.impact;

import static java.util.Objects.requireNonNull;

import io.eventlens.lint.compat.CompatibilityVerdict;
import java.util.List;

/**
 * The verdict on one message of a candidate document against the catalog's earlier versions of it.
 *
 * @param messageKey the message's identity across versions
 * @param candidateVersion its schema version in the candidate
 * @param comparedVersions the earlier schema versions it was checked against, oldest first (empty: new message)
 * @param verdict the compatibility verdict
 * @param consumers services that receive this message: the ones a breaking change hurts
 */
public record MessageVerdict(
        String messageKey,
        String candidateVersion,
        List<String> comparedVersions,
        CompatibilityVerdict verdict,
        List<String> consumers) {

    public MessageVerdict {
        requireNonNull(messageKey, "messageKey");
        requireNonNull(candidateVersion, "candidateVersion");
        comparedVersions = List.copyOf(comparedVersions);
        requireNonNull(verdict, "verdict");
        consumers = List.copyOf(consumers);
    }

    /** Whether this message breaks (or could not be compared): a gate fails on it. */
    public boolean fails() {
        return verdict.exitCode() != 0;
    }

    /** The consumers hurt: those that receive the message, when it breaks; none otherwise. */
    public List<String> hurtConsumers() {
        return verdict.kind() == CompatibilityVerdict.Kind.INCOMPATIBLE ? consumers : List.of();
    }
}
