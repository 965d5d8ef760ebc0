package io.eventlens.lint.compat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** One side of a comparison: a schema document, its draft and its {@code $ref} resolution. */
final class SchemaDocument {

    private static final int MAX_REF_HOPS = 32;

    private final String label;
    private final JsonNode root;
    private final Draft draft;
    private final Anchors anchors;

    SchemaDocument(JsonNode root, String label) {
        this.label = label;
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
        this.draft = Draft.of(root, label);
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

    /** Follows {@code $ref}s until a schema without one; keywords beside it apply from 2019-09 on. */
    JsonNode resolve(JsonNode node, String pointer) {
        JsonNode current = node;
        for (int hop = 0; hop < MAX_REF_HOPS; hop++) {
            JsonNode ref = current.isObject() ? current.get("$ref") : null;
            if (ref == null) {
                return current;
            }
            if (!ref.isTextual()) {
                throw new SchemaComparisonException(
                        "$ref at '" + pointer + "' in the " + label + " schema must be a string, was "
                                + Json.abbreviate(ref),
                        pointer + "/$ref");
            }
            JsonNode target = lookup(ref.asText(), pointer);
            current = draft.refSiblingsApply() && Json.hasAssertionsBeside((ObjectNode) current, "$ref")
                    ? withSiblings((ObjectNode) current, target)
                    : target;
        }
        throw new SchemaComparisonException(
                "$ref chain at '" + pointer + "' in the " + label + " schema is longer than " + MAX_REF_HOPS
                        + " hops: a cycle of references that never reaches a schema",
                pointer);
    }

    private static JsonNode withSiblings(ObjectNode holder, JsonNode target) {
        ObjectNode siblings = JsonNodeFactory.instance.objectNode().setAll(holder);
        siblings.remove("$ref");
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
