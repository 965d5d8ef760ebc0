package io.eventlens.lint.report;

import java.util.Objects;

/**
 * One finding of a CI gate command (a lint rule, a breaking change).
 *
 * @param ruleId   stable id of the rule or change kind, e.g. {@code message-description} or {@code property-removed}
 * @param file     the document or schema file, as given on the command line
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param pointer  JSON Pointer into the document ({@code ""} for the whole document)
 * @param message  one sentence for people
 */
public record Violation(
        String ruleId, Severity severity, String file, int line, int column, String pointer, String message) {

    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException(
                    "line and column must be 0 (unknown) or positive, got " + line + ":" + column);
        }
    }

    /** The rule id of a document that could not be read or loaded: the gate could not run on it. */
    public static final String INPUT_ERROR = "input-error";

    /** A document that could not be read or loaded (an error: the gate fails, and says why). */
    public static Violation inputError(String file, int line, int column, String pointer, String message) {
        return new Violation(INPUT_ERROR, Severity.ERROR, file, line, column, pointer, message);
    }

    /** Whether this is an {@link #inputError}: the command exits 2, not 1. */
    public boolean inputError() {
        return ruleId.equals(INPUT_ERROR);
    }

    /** Whether this violation fails a gate. */
    public boolean failing() {
        return severity == Severity.ERROR;
    }
}
