package io.eventlens.catalog.load;

/** A document cannot be read, bundled or bound; carries the file, position and pointer of the cause. */
final class DocumentException extends Exception {

    private final transient SourceFile source;
    private final transient Position position;
    private final String pointer;

    DocumentException(SourceFile source, Position position, String pointer, String message) {
        super(message);
        this.source = source;
        this.position = position;
        this.pointer = pointer;
    }

    /** A problem at a JSON Pointer; its line and column are looked up in the source. */
    static DocumentException at(SourceFile source, String pointer, String message) {
        return new DocumentException(source, null, pointer, message);
    }

    LoadProblem toProblem() {
        Position where = position != null ? position : source.locate(pointer);
        return LoadProblem.error(source.name(), where, pointer, getMessage());
    }
}
