package io.eventlens.lint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.load.ParseLimits;
import io.eventlens.catalog.load.TextTree;
import io.eventlens.catalog.load.UnreadableTextException;
import io.eventlens.lint.compat.SchemaLanguage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One schema version read from text, the one way the CLI and the web app read schemas: the catalog's reading rules
 * ({@link TextTree}: YAML 1.2, duplicate keys refused, {@link ParseLimits}) and the language it is written in: a
 * {@code .avsc} file or a tree only Avro can be ({@link SchemaLanguage#of}) is Avro, anything else JSON Schema.
 *
 * @param text     the text read, with the position of every value
 * @param language the schema language it is written in
 */
public record SchemaText(TextTree text, SchemaLanguage language) {

    /** Reads a schema given as text; {@code name} is what messages call it ({@code schema version 2}). */
    public static SchemaText read(String name, String text) throws UnreadableTextException {
        return read(name, text, ParseLimits.defaults());
    }

    /** As {@link #read(String, String)}, holding to {@code limits}. */
    public static SchemaText read(String name, String text, ParseLimits limits) throws UnreadableTextException {
        return of(TextTree.read(name, text, limits));
    }

    /** Reads a schema file. */
    public static SchemaText readFile(Path file) throws UnreadableTextException {
        return readFile(file, ParseLimits.defaults());
    }

    /** Reads a schema file, holding to {@code limits}. */
    public static SchemaText readFile(Path file, ParseLimits limits) throws UnreadableTextException {
        return of(TextTree.readFile(file, limits));
    }

    private static SchemaText of(TextTree text) {
        boolean avsc = text.name().toLowerCase(Locale.ROOT).endsWith(".avsc");
        return new SchemaText(text, avsc ? SchemaLanguage.AVRO : SchemaLanguage.of(text.tree()));
    }

    /** What messages call this schema. */
    public String name() {
        return text.name();
    }

    /** The schema as a tree. */
    public JsonNode tree() {
        return text.tree();
    }

    /**
     * The one language all versions (oldest first) are written in.
     *
     * @throws MixedSchemaLanguagesException naming the first version whose language differs from the newest's
     */
    public static SchemaLanguage oneLanguage(List<SchemaText> versions) {
        SchemaText newest = versions.get(versions.size() - 1);
        for (SchemaText version : versions) {
            if (version.language() != newest.language()) {
                throw new MixedSchemaLanguagesException(version.name() + " is " + article(version.language())
                        + " but the newest version, " + newest.name() + ", is " + article(newest.language())
                        + "; allowed: every version in one language");
            }
        }
        return newest.language();
    }

    private static String article(SchemaLanguage language) {
        return language == SchemaLanguage.AVRO ? "an Avro schema" : "a JSON Schema";
    }
}
