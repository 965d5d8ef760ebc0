package io.eventlens.catalog.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One JSON or YAML text read as a Jackson tree by the catalog's rules, for every reader of such text (schema files
 * and pasted schemas, the lint configuration): YAML 1.2 scalars ({@code yes}, {@code off} and {@code 0777} stay
 * strings), duplicate keys refused, the {@link ParseLimits} held. A name ending in {@code .json} or {@code .avsc} is
 * read as strict JSON, anything else as YAML (of which JSON is a part). Failures are an {@link
 * UnreadableTextException} naming the text, line and column, what is wrong and what is allowed.
 */
public final class TextTree {

    private final SourceFile source;
    private final JsonNode tree;

    private TextTree(SourceFile source, JsonNode tree) {
        this.source = source;
        this.tree = tree;
    }

    /** Reads {@code text}; {@code name} is what errors print (a file name, or e.g. {@code schema version 2}). */
    public static TextTree read(String name, String text, ParseLimits limits) throws UnreadableTextException {
        SourceFile source = new SourceFile(name, null, text);
        try {
            return new TextTree(source, new TreeReader(limits).read(source));
        } catch (DocumentException e) {
            throw new UnreadableTextException(e.toProblem());
        }
    }

    /** Reads a UTF-8 file, refusing one larger than {@code limits.maxBytes()} before reading it whole. */
    public static TextTree readFile(Path file, ParseLimits limits) throws UnreadableTextException {
        try {
            SourceFile source = TextFiles.read(file.toString(), file, limits);
            return new TextTree(source, new TreeReader(limits).read(source));
        } catch (DocumentException e) {
            throw new UnreadableTextException(e.toProblem());
        }
    }

    /** What errors call this text. */
    public String name() {
        return source.name();
    }

    /** The value the text holds. */
    public JsonNode tree() {
        return tree;
    }

    /** Where the value at {@code pointer} (or its deepest existing ancestor) starts in the text. */
    public Position position(String pointer) {
        return source.locate(pointer);
    }
}
