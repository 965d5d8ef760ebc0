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

    /** Whether this violation fails a gate. */
    public boolean failing() {
        return severity == Severity.ERROR;
    }
}
