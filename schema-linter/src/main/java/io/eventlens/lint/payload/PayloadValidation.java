package io.eventlens.lint.payload;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one payload: {@link Outcome#VALID}, {@link Outcome#INVALID} with the problems, or
 * {@link Outcome#NOT_CHECKED} when the schema could not be used (its one problem says why).
 */
public record PayloadValidation(Outcome outcome, List<PayloadProblem> problems) {

    /** What the validation concluded. */
    public enum Outcome {
        VALID,
        INVALID,
        NOT_CHECKED
    }

    public PayloadValidation {
        Objects.requireNonNull(outcome, "outcome");
        problems = List.copyOf(problems);
    }

    static PayloadValidation of(List<PayloadProblem> problems) {
        return new PayloadValidation(problems.isEmpty() ? Outcome.VALID : Outcome.INVALID, problems);
    }

    static PayloadValidation notChecked(String reason) {
        return new PayloadValidation(Outcome.NOT_CHECKED, List.of(new PayloadProblem("", reason)));
    }

    public boolean valid() {
        return outcome == Outcome.VALID;
    }
}
