package io.eventlens.reference.http;

/** A request the API refuses, carrying the problem body to answer with. */
public final class InvalidRequestException extends RuntimeException {

    private final Problem problem;

    public InvalidRequestException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
