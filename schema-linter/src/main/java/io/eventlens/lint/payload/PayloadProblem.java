package io.eventlens.lint.payload;

import java.util.Objects;

/**
 * One reason a payload does not match its schema.
 *
 * @param pointer JSON Pointer into the payload ({@code ""} for the payload itself)
 * @param message what is wrong there, for people
 */
public record PayloadProblem(String pointer, String message) {

    public PayloadProblem {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(payload)" : pointer) + ": " + message;
    }
}
