package io.eventlens.lint.compat;

/**
 * The two schemas cannot be compared: bad input (unknown draft, unresolvable {@code $ref}, a keyword
 * of the wrong shape) or input that would exceed the engine's bounds (nesting, steps, regex work).
 * The message names the value, where it is and what is allowed.
 */
public final class SchemaComparisonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String pointer;

    /** @param pointer JSON Pointer of the offending value ("" for a document root) */
    public SchemaComparisonException(String message, String pointer) {
        super(message);
        this.pointer = pointer;
    }

    /** JSON Pointer of the offending value ("" for a document root). */
    public String pointer() {
        return pointer;
    }
}
