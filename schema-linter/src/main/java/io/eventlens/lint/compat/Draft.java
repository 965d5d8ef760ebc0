package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON Schema drafts the engine reads, named by their {@code $schema} URIs. */
enum Draft {
    DRAFT_04("json-schema.org/draft-04/schema", false),
    DRAFT_06("json-schema.org/draft-06/schema", false),
    DRAFT_07("json-schema.org/draft-07/schema", false),
    DRAFT_2019_09("json-schema.org/draft/2019-09/schema", true),
    DRAFT_2020_12("json-schema.org/draft/2020-12/schema", true);

    static final String ALLOWED = "draft-04, draft-06, draft-07, 2019-09 and 2020-12 "
            + "(http(s)://json-schema.org/... URIs); without $schema, draft-07 rules apply";

    private final String uri;
    private final boolean refSiblingsApply;

    Draft(String uri, boolean refSiblingsApply) {
        this.uri = uri;
        this.refSiblingsApply = refSiblingsApply;
    }

    /** The {@code $schema} URI that names this draft (as validators spell it). */
    String metaSchema() {
        return refSiblingsApply ? "https://" + uri : "http://" + uri + "#";
    }

    /** Since 2019-09, keywords beside {@code $ref} apply too; before, they are ignored. */
    boolean refSiblingsApply() {
        return refSiblingsApply;
    }

    /** The draft a schema declares; draft-07 when it declares none (what the registries assume). */
    static Draft of(JsonNode root, String label) {
        JsonNode declared = root.isObject() ? root.get("$schema") : null;
        if (declared == null) {
            return DRAFT_07;
        }
        if (!declared.isTextual()) {
            throw new SchemaComparisonException(
                    "$schema of the " + label + " schema must be a string, was " + declared + "; allowed drafts: "
                            + ALLOWED,
                    "/$schema");
        }
        String value = declared.asText().trim();
        String normal =
                value.replaceFirst("^https?://", "").replaceFirst("#$", "").replaceFirst("/$", "");
        for (Draft draft : values()) {
            if (draft.uri.equals(normal)) {
                return draft;
            }
        }
        throw new SchemaComparisonException(
                "unknown $schema '" + value + "' in the " + label + " schema; allowed drafts: " + ALLOWED, "/$schema");
    }
}
