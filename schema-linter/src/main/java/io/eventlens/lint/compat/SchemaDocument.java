package io.eventlens.lint.compat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.catalog.load.ParseLimits;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** One side of a comparison: a schema document, its draft and its {@code $ref} resolution. */
final class SchemaDocument {

    private static final int MAX_REF_HOPS = 32;

    private final String label;
    private final JsonNode root;
    private final Draft draft;
    private final boolean onlyItsVocabulary;
    private final Anchors anchors;
    private final RefBudget refs;

    SchemaDocument(JsonNode root, String label) {
        this(root, label, null, new RefBudget(ParseLimits.defaults()));
    }

    /**
     * A side whose draft is its {@code $schema}, else {@code assumed}; with neither, draft-07 is read, and the keywords
     * later drafts added are read too (a schema that uses them without naming a draft most likely means them).
     */
    SchemaDocument(JsonNode root, String label, Draft assumed, RefBudget refs) {
        this.label = label;
        this.refs = refs;
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new SchemaComparisonException(
                    "the " + label + " schema is missing or empty; give a JSON object or a boolean schema", "");
        }
        if (!root.isObject() && !root.isBoolean()) {
            throw new SchemaComparisonException(
                    "the " + label + " schema must be a JSON object or a boolean, was "
                            + root.getNodeType().name().toLowerCase() + " " + Json.abbreviate(root),
                    "");
        }
        this.root = root;
        Draft declared = Draft.declared(root, label);
        this.draft = declared != null ? declared : assumed != null ? assumed : Draft.ASSUMED;
        this.onlyItsVocabulary = declared != null || assumed != null;
        this.anchors = new Anchors(root);
    }

    String label() {
        return label;
    }

    JsonNode root() {
        return root;
    }

    Draft draft() {
        return draft;
    }

    /** Whether the draft was named ($schema, or assumed by the caller), so keywords outside it are ignored. */
    boolean onlyItsVocabulary() {
        return onlyItsVocabulary;
    }

    /**
     * Follows {@code $ref}s (and {@code $dynamicRef}/{@code $recursiveRef} where they can be decided) until a
     * schema without one; keywords beside it apply from 2019-09 on.
     */
    JsonNode resolve(JsonNode node, String pointer) {
        JsonNode current = node;
        for (int hop = 0; hop < MAX_REF_HOPS; hop++) {
            String keyword = current.isObject() ? referenceKeyword((ObjectNode) current) : null;
            if (keyword == null) {
                return current;
            }
            refs.follow(label, pointer);
            JsonNode ref = current.get(keyword);
            if (!ref.isTextual()) {
                throw new SchemaComparisonException(
                        keyword + " at '" + pointer + "' in the " + label + " schema must be a string, was "
                                + Json.abbreviate(ref),
                        pointer + "/" + keyword);
            }
            JsonNode target = keyword.equals("$ref")
                    ? lookup(ref.asText(), pointer)
                    : dynamicTarget(keyword, ref.asText(), pointer);
            current = draft.refSiblingsApply() && Json.hasAssertionsBeside((ObjectNode) current, keyword)
                    ? withSiblings((ObjectNode) current, target, keyword)
                    : target;
        }
        throw new SchemaComparisonException(
                "$ref chain at '" + pointer + "' in the " + label + " schema is longer than " + MAX_REF_HOPS
                        + " hops: a cycle of references that never reaches a schema",
                pointer);
    }

    private String referenceKeyword(ObjectNode schema) {
        if (schema.has("$ref")) {
            return "$ref";
        }
        if (reads("$dynamicRef") && schema.has("$dynamicRef")) {
            return "$dynamicRef";
        }
        return reads("$recursiveRef") && schema.has("$recursiveRef") ? "$recursiveRef" : null;
    }

    /** Whether this side's keywords include this one: its draft's, or every draft's when none was named. */
    boolean reads(String keyword) {
        return !onlyItsVocabulary || draft.defines(keyword) || !Draft.EVERY_KEYWORD.contains(keyword);
    }

    /**
     * A dynamic reference resolves statically when the dynamic scope cannot change its target: no schema resource
     * embedded in the document and at most one {@code $dynamicAnchor} of its name; otherwise it is not followed.
     */
    private JsonNode dynamicTarget(String keyword, String ref, String pointer) {
        boolean recursive = keyword.equals("$recursiveRef");
        String name = ref.startsWith("#") ? ref.substring(1) : ref;
        int anchors = recursive ? 0 : this.anchors.dynamicAnchors(name);
        String why = null;
        if (recursive && !ref.equals("#")) {
            why = "$recursiveRef allows only \"#\"";
        } else if (this.anchors.embeddedResources() > 0 && (recursive || anchors > 0)) {
            why = "the document embeds schema resources ($id), so the dynamic scope at validation time decides the"
                    + " target";
        } else if (anchors > 1) {
            why = "the document declares $dynamicAnchor '" + name + "' " + anchors
                    + " times, and the dynamic scope at validation time decides which one applies";
        }
        if (why != null) {
            throw new SchemaComparisonException(
                    keyword + " '" + ref + "' at '" + pointer + "' in the " + label + " schema is not followed: " + why
                            + "; the engine follows a dynamic reference only when one target is possible (an anchor"
                            + " declared once, no embedded $id), so it cannot say whether the change is compatible",
                    pointer + "/" + keyword);
        }
        return recursive ? root : lookup(ref, pointer);
    }

    private static JsonNode withSiblings(ObjectNode holder, JsonNode target, String keyword) {
        ObjectNode siblings = JsonNodeFactory.instance.objectNode().setAll(holder);
        siblings.remove(keyword);
        ObjectNode both = JsonNodeFactory.instance.objectNode();
        both.putArray("allOf").add(siblings).add(target);
        return both;
    }

    private JsonNode lookup(String ref, String pointer) {
        int hash = ref.indexOf('#');
        String base = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        JsonNode document = base.isEmpty() ? root : anchors.byId(base);
        if (document == null) {
            throw new SchemaComparisonException(
                    "$ref '" + ref + "' at '" + pointer + "' in the " + label
                            + " schema points outside the document; only local references "
                            + "(#/..., #name) and the document's own "
                            + "$id are resolved: bundle external schemas first",
                    pointer + "/$ref");
        }
        if (fragment.isEmpty()) {
            return document;
        }
        JsonNode target = fragment.startsWith("/") ? at(document, fragment, ref, pointer) : anchors.byName(fragment);
        if (target == null || target.isMissingNode()) {
            throw new SchemaComparisonException(
                    "$ref '" + ref + "' at '" + pointer + "' in the " + label + " schema points to nothing",
                    pointer + "/$ref");
        }
        return target;
    }

    private JsonNode at(JsonNode document, String fragment, String ref, String pointer) {
        try {
            return document.at(JsonPointer.compile(URLDecoder.decode(fragment, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            throw new SchemaComparisonException(
                    "$ref '" + ref + "' at '" + pointer + "' in the " + label + " schema is not a valid JSON Pointer: "
                            + e.getMessage(),
                    pointer + "/$ref");
        }
    }
}
