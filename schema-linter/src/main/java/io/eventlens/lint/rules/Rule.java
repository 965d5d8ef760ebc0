package io.eventlens.lint.rules;

import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A lint rule: a stable id (the AsyncAPI/Spectral id where the meaning is the same, else
 * {@code eventlens-...}), a default level, a one-line rationale and the check itself.
 */
public record Rule(String id, Level defaultLevel, String rationale, BiConsumer<LintDocument, Reporter> check) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultLevel, "defaultLevel");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(check, "check");
    }

    /** Where a rule reports: a JSON Pointer of the bundled document and one sentence. */
    @FunctionalInterface
    public interface Reporter {
        void report(String pointer, String message);
    }
}
