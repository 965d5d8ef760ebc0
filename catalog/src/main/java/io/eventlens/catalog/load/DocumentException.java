package io.eventlens.catalog.load;

/** A document cannot be read, bundled or bound; carries the file, position and pointer of the cause. */
final class DocumentException extends Exception {

    private final transient SourceFile source;
    private final transient Position position;
    private final String pointer;
    private final ParseLimits.Limit limit;

    DocumentException(SourceFile source, Position position, String pointer, String message) {
        this(source, position, pointer, message, null);
    }

    private DocumentException(
            SourceFile source, Position position, String pointer, String message, ParseLimits.Limit limit) {
        super(message);
        this.source = source;
        this.position = position;
        this.pointer = pointer;
        this.limit = limit;
    }

    /** A problem at a JSON Pointer; its line and column are looked up in the source. */
    static DocumentException at(SourceFile source, String pointer, String message) {
        return new DocumentException(source, null, pointer, message);
    }

    /**
     * {@code limits}' {@code limit} exceeded at a position (or, when {@code position} is null, at {@code pointer}).
     */
    static DocumentException exceeded(
            SourceFile source,
            Position position,
            String pointer,
            ParseLimits limits,
            ParseLimits.Limit limit,
            long reached) {
        return new DocumentException(
                source, position, pointer, limits.exceeded(limit, reached, "").getMessage(), limit);
    }

    /** Whether a {@link ParseLimits} limit was exceeded (then no other reading is tried). */
    boolean exceedsLimit() {
        return limit != null;
    }

    LoadProblem toProblem() {
        Position where = position != null ? position : source.locate(pointer);
        return new LoadProblem(
                source.name(), where.line(), where.column(), pointer, getMessage(), LoadProblem.Severity.ERROR, limit);
    }
}
