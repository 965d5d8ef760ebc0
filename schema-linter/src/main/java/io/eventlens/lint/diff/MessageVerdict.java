package io.eventlens.lint.diff;

import static java.util.Objects.requireNonNull;

import io.eventlens.lint.compat.CompatibilityVerdict;
import java.util.List;

/**
 * The verdict on one message of a candidate document against its earlier versions: payload and headers.
 *
 * @param messageKey       the message's identity across versions
 * @param candidateVersion its schema version in the candidate
 * @param comparedVersions the schema versions of the earlier versions it was checked against, oldest first (empty: a
 *                         new message, nothing to break)
 * @param parts            the verdicts on its payload and its headers, in that order
 * @param consumers        services that receive this message: the ones a breaking change hurts
 */
public record MessageVerdict(
        String messageKey,
        String candidateVersion,
        List<String> comparedVersions,
        List<PartVerdict> parts,
        List<String> consumers) {

    public MessageVerdict {
        requireNonNull(messageKey, "messageKey");
        requireNonNull(candidateVersion, "candidateVersion");
        comparedVersions = List.copyOf(comparedVersions);
        parts = List.copyOf(parts);
        consumers = List.copyOf(consumers);
    }

    /** As the CLI exits on this message: the worst of its parts (2 not comparable, 1 breaking, 0 compatible). */
    public int exitCode() {
        return parts.stream().mapToInt(PartVerdict::exitCode).max().orElse(0);
    }

    /** The outcome for the whole message, from {@link #exitCode()}. */
    public CompatibilityVerdict.Kind kind() {
        return switch (exitCode()) {
            case 0 -> CompatibilityVerdict.Kind.COMPATIBLE;
            case 1 -> CompatibilityVerdict.Kind.INCOMPATIBLE;
            default -> CompatibilityVerdict.Kind.NOT_COMPARABLE;
        };
    }

    /** Whether this message breaks (or could not be compared): a gate fails on it. */
    public boolean fails() {
        return exitCode() != 0;
    }

    /** The consumers hurt: those that receive the message, when it breaks; none otherwise. */
    public List<String> hurtConsumers() {
        return kind() == CompatibilityVerdict.Kind.INCOMPATIBLE ? consumers : List.of();
    }

    /** Every change as the CLI reports it, payload first. */
    public List<DocumentChange> changes() {
        return parts.stream().flatMap(p -> p.changes().stream()).toList();
    }

    /**
     * One paragraph for people: each part's verdict that says something (a change, a break, why it was not
     * compared), named by the part; for a new message, that nothing was compared.
     */
    public String summary() {
        if (parts.isEmpty()) {
            return "NEW MESSAGE: no earlier version to compare with, so nothing breaks.";
        }
        List<String> telling = parts.stream()
                .filter(p -> p.exitCode() != 0 || !p.changes().isEmpty())
                .map(p -> p.part() + ": " + p.verdict().summary())
                .toList();
        return telling.isEmpty()
                ? "payload and headers: " + parts.get(0).verdict().summary()
                : String.join(" ", telling);
    }
}
