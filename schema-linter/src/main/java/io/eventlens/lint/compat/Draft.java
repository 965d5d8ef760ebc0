package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JSON Schema drafts the engine reads, named by their {@code $schema} URIs, each with its vocabulary: the
 * keywords its meta-schema defines. A schema's keywords outside its draft's vocabulary are ignored, as validators
 * ignore unknown keywords (a {@code prefixItems} in a draft-07 schema constrains nothing).
 */
public enum Draft {
    DRAFT_04("draft-04", "json-schema.org/draft-04/schema", false, Keywords.DRAFT_04),
    DRAFT_06("draft-06", "json-schema.org/draft-06/schema", false, Keywords.DRAFT_06),
    DRAFT_07("draft-07", "json-schema.org/draft-07/schema", false, Keywords.DRAFT_07),
    DRAFT_2019_09("2019-09", "json-schema.org/draft/2019-09/schema", true, Keywords.DRAFT_2019_09),
    DRAFT_2020_12("2020-12", "json-schema.org/draft/2020-12/schema", true, Keywords.DRAFT_2020_12);

    static final String ALLOWED = "draft-04, draft-06, draft-07, 2019-09 and 2020-12 "
            + "(http(s)://json-schema.org/... URIs); without $schema, draft-07 rules apply";

    /**
     * The draft read when a schema names none and no other is assumed: draft-07, what the registries and AsyncAPI
     * Schema assume; the keywords later drafts added are compared too then (see {@code docs/compatibility.md}).
     */
    public static final Draft ASSUMED = DRAFT_07;

    /** Every keyword of the five drafts. */
    static final Set<String> EVERY_KEYWORD =
            Stream.of(values()).flatMap(d -> d.vocabulary.stream()).collect(Collectors.toUnmodifiableSet());

    private final String label;
    private final String uri;
    private final boolean refSiblingsApply;
    private final Set<String> vocabulary;

    Draft(String label, String uri, boolean refSiblingsApply, Set<String> vocabulary) {
        this.label = label;
        this.uri = uri;
        this.refSiblingsApply = refSiblingsApply;
        this.vocabulary = vocabulary;
    }

    /** The short name ({@code draft-07}, {@code 2020-12}) that {@link #parse} reads. */
    public String label() {
        return label;
    }

    /** The {@code $schema} URI that names this draft (as validators spell it). */
    String metaSchema() {
        return refSiblingsApply ? "https://" + uri : "http://" + uri + "#";
    }

    /** Since 2019-09, keywords beside {@code $ref} apply too; before, they are ignored. */
    boolean refSiblingsApply() {
        return refSiblingsApply;
    }

    /** Whether this draft's meta-schema defines the keyword. */
    boolean defines(String keyword) {
        return vocabulary.contains(keyword);
    }

    /**
     * A draft by its short name ({@code draft-04}, {@code draft-06}, {@code draft-07}, {@code 2019-09},
     * {@code 2020-12}; a leading "draft-" or "draft" is optional) or its {@code $schema} URI.
     *
     * @throws IllegalArgumentException naming the value and the allowed names
     */
    public static Draft parse(String value) {
        String normal = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        for (Draft draft : values()) {
            String bare = draft.label.replace("draft-", "");
            if (normal.equals(draft.label)
                    || normal.equals(bare)
                    || normal.equals("draft" + bare)
                    || normal.equals("draft-" + bare)
                    || draft.uri.equals(uriOf(normal))) {
                return draft;
            }
        }
        throw new IllegalArgumentException("unknown JSON Schema draft '" + value
                + "'; allowed: draft-04, draft-06, draft-07, 2019-09, 2020-12 (or a $schema URI of one)");
    }

    /** The URI without its scheme, a trailing {@code #} and then a trailing {@code /} (no regular expressions: hot). */
    private static String uriOf(String value) {
        String uri = value;
        if (uri.startsWith("https://")) {
            uri = uri.substring("https://".length());
        } else if (uri.startsWith("http://")) {
            uri = uri.substring("http://".length());
        }
        if (uri.endsWith("#")) {
            uri = uri.substring(0, uri.length() - 1);
        }
        if (uri.endsWith("/")) {
            uri = uri.substring(0, uri.length() - 1);
        }
        return uri;
    }

    /** The draft a schema declares in {@code $schema}, or null when it declares none. */
    static Draft declared(JsonNode root, String label) {
        JsonNode declared = root.isObject() ? root.get("$schema") : null;
        if (declared == null) {
            return null;
        }
        if (!declared.isTextual()) {
            throw new SchemaComparisonException(
                    "$schema of the " + label + " schema must be a string, was " + declared + "; allowed drafts: "
                            + ALLOWED,
                    "/$schema");
        }
        String value = declared.asText().trim();
        String normal = uriOf(value);
        for (Draft draft : values()) {
            if (draft.uri.equals(normal)) {
                return draft;
            }
        }
        throw new SchemaComparisonException(
                "unknown $schema '" + value + "' in the " + label + " schema; allowed drafts: " + ALLOWED, "/$schema");
    }
}
