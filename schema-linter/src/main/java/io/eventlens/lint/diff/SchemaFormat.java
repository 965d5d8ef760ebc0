package io.eventlens.lint.diff;

import io.eventlens.lint.compat.SchemaLanguage;
import java.util.Locale;
import java.util.Map;

/**
 * The schema format of a message's payload or headers, read from its media type
 * ({@code application/vnd.apache.avro;version=1.9.0}): the schema language and its version, which decide how every
 * payload is encoded and validated, apart from the notation ({@code +json}, {@code +yaml}), which does not.
 *
 * @param mediaType as written, or the document's AsyncAPI default
 * @param declared  whether the document names it (a name equal to the document's own default counts as not named)
 * @param name      the format's name for people ({@code AsyncAPI Schema}, {@code Avro})
 * @param language  what is compared: AsyncAPI Schema is the JSON Schema draft-07 superset, so its language is
 *                  {@code JSON Schema} and its version {@code draft-07}, whatever AsyncAPI version it names
 * @param version   the language's version ({@code draft-07}, {@code 1.9.0}), "" when none is named
 * @param where     where it is written, relative to the message object ({@code /schemaFormat},
 *                  {@code /payload/schemaFormat}), or the part itself when nothing is written
 */
record SchemaFormat(String mediaType, boolean declared, String name, String language, String version, String where) {

    static final String JSON_SCHEMA = "JSON Schema";
    static final String AVRO = "Avro";

    /** Base media type (without a +json/+yaml suffix) to the format's name; unknown ones are named by themselves. */
    private static final Map<String, String> NAMES = Map.of(
            "application/vnd.aai.asyncapi",
            "AsyncAPI Schema",
            "application/schema",
            JSON_SCHEMA,
            "application/vnd.apache.avro",
            AVRO,
            "application/vnd.google.protobuf",
            "Protobuf",
            "application/vnd.oai.openapi",
            "OpenAPI Schema",
            "application/raml",
            "RAML");

    /** JSON Schema versions as schemaFormat writes them, to the {@code $schema} URI the engine reads. */
    private static final Map<String, String> DRAFTS = Map.of(
            "draft-04",
            "http://json-schema.org/draft-04/schema#",
            "draft-06",
            "http://json-schema.org/draft-06/schema#",
            "draft-07",
            "http://json-schema.org/draft-07/schema#",
            "2019-09",
            "https://json-schema.org/draft/2019-09/schema",
            "2020-12",
            "https://json-schema.org/draft/2020-12/schema");

    /** Reads a media type; {@code where} is where it is written. */
    static SchemaFormat parse(String mediaType, boolean declared, String where) {
        String[] parts = mediaType.trim().toLowerCase(Locale.ROOT).split(";");
        String base = parts[0].trim().replaceFirst("\\+(json|yaml)$", "");
        String version = "";
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].trim().equals("version")) {
                version = parameter[1].trim().replace("\"", "");
            }
        }
        String name = NAMES.getOrDefault(base, base);
        if (base.equals("application/vnd.aai.asyncapi")) {
            return new SchemaFormat(mediaType.trim(), declared, name, JSON_SCHEMA, "draft-07", where);
        }
        return new SchemaFormat(
                mediaType.trim(), declared, name, name, name.equals(JSON_SCHEMA) ? draft(version) : version, where);
    }

    /** {@code draft-7}, {@code draft7}, {@code draft/2020-12} and the like as the names in {@link #DRAFTS}. */
    private static String draft(String version) {
        if (version.isEmpty()) {
            return "draft-07";
        }
        String year = version.replaceFirst("^draft[-/]?", "");
        if (year.matches("\\d{4}-\\d{2}")) {
            return year;
        }
        return year.matches("0?\\d") ? "draft-0" + year.substring(year.length() - 1) : version;
    }

    /** The AsyncAPI default of a document of that version (2.x: unsuffixed; 3.0: {@code +json}). */
    static String defaultOf(DocumentSide side) {
        return "application/vnd.aai.asyncapi" + (side.v3() ? "+json" : "") + ";version=" + side.version();
    }

    /** Whether a written format is the document's default, in any notation (written out, it changes nothing). */
    static boolean isDefault(String mediaType, DocumentSide side) {
        return withoutNotation(mediaType).equals(withoutNotation(defaultOf(side)));
    }

    private static String withoutNotation(String mediaType) {
        return normal(mediaType).replaceFirst("\\+(json|yaml);", ";");
    }

    /** Whether the engine compares schemas in this format: JSON Schema of a draft it reads, or Avro (any version). */
    boolean comparable() {
        return language.equals(JSON_SCHEMA) && DRAFTS.containsKey(version) || language.equals(AVRO);
    }

    /** The engine's language for this format; only asked of {@link #comparable()} ones. */
    SchemaLanguage engineLanguage() {
        return language.equals(AVRO) ? SchemaLanguage.AVRO : SchemaLanguage.JSON_SCHEMA;
    }

    /**
     * The {@code $schema} to read a schema without one by, null for draft-07 (the engine's default) or another
     * language.
     */
    String dialect() {
        return comparable() && language.equals(JSON_SCHEMA) && !version.equals("draft-07") ? DRAFTS.get(version) : null;
    }

    boolean sameLanguage(SchemaFormat other) {
        return language.equals(other.language);
    }

    boolean sameText(SchemaFormat other) {
        return normal(mediaType).equals(normal(other.mediaType));
    }

    private static String normal(String mediaType) {
        return mediaType.toLowerCase(Locale.ROOT).replaceAll("\\s+", "").replace("\"", "");
    }

    String languageAndVersion() {
        return version.isEmpty() ? language : language + " " + version;
    }

    /** For sentences: {@code Avro 1.9.0 ('application/vnd.apache.avro;version=1.9.0')}, defaults marked. */
    String describe() {
        String named = name + (version.isEmpty() || name.equals("AsyncAPI Schema") ? "" : " " + version);
        return named + " ('" + mediaType + "'" + (declared ? "" : ", the document's default") + ")";
    }
}
