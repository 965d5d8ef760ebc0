package io.eventlens.catalog.load;

import java.util.Objects;

/**
 * A JSON or YAML text that {@link TextTree} refuses. Its message is {@code name:line:column: what is wrong; what is
 * allowed}.
 */
public final class UnreadableTextException extends Exception {

    private final transient LoadProblem problem;

    UnreadableTextException(LoadProblem problem) {
        super(Objects.requireNonNull(problem, "problem").toString());
        this.problem = problem;
    }

    /** The problem with its text name, line and column. */
    public LoadProblem problem() {
        return problem;
    }
}
