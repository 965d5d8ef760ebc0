package io.eventlens.catalog.load;

import java.util.Objects;

/**
 * One problem found while loading a document: where it is (file, 1-based line and column, JSON
 * Pointer inside that file) and what is wrong. Line and column are 0 when no position is known. {@code limit} is the
 * {@link ParseLimits} limit the document exceeded, null for any other problem: such a document is refused as input
 * (CLI exit 2, web 400), not judged invalid.
 */
public record LoadProblem(
        String file, int line, int column, String pointer, String message, Severity severity, ParseLimits.Limit limit) {

    /** Errors stop a document from loading; warnings do not. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public LoadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** A problem that is not a limit exceeded. */
    public LoadProblem(String file, int line, int column, String pointer, String message, Severity severity) {
        this(file, line, column, pointer, message, severity, null);
    }

    static LoadProblem error(String file, Position position, String pointer, String message) {
        return new LoadProblem(file, position.line(), position.column(), pointer, message, Severity.ERROR);
    }

    /** Whether a {@link ParseLimits} limit refused the document. */
    public boolean exceedsLimit() {
        return limit != null;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The problem as {@code file:line:column: message}, the form editors and CI logs link. */
    @Override
    public String toString() {
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        String where = pointer.isEmpty() ? "" : " (at " + pointer + ")";
        return file + ":" + line + ":" + column + ": " + prefix + message + where;
    }
}
