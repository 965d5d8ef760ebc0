package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Semantic equality first: one schema (its {@code allOf} already folded) rewritten so that schemas accepting the same
 * values in an obvious way look the same before any keyword is compared. Keywords outside the side's draft are
 * dropped (validators ignore them); {@code not} of an always-true schema is {@code false}; {@code anyOf}/{@code oneOf}
 * lose their {@code false} alternatives and fold when one is left; an {@code anyOf} with an always-true alternative
 * constrains nothing; {@code minLength}/{@code minItems}/{@code minProperties} of 0 and an empty {@code required} are
 * dropped; the "everything else" keywords that accept every value or none become {@code true} or {@code false}.
 * ({@code type} arrays in any order and repeated {@code enum} entries are read as sets where they are compared.)
 */
final class Canonical {

    private static final int MAX_FOLDS = 16;
    private static final Set<String> CONTENT = Set.of("contentEncoding", "contentMediaType", "contentSchema");
    private static final Set<String> ZERO_MEANS_NONE = Set.of("minLength", "minItems", "minProperties");
    private static final List<String> REST =
            List.of("additionalProperties", "unevaluatedProperties", "additionalItems", "unevaluatedItems", "items");

    private Canonical() {}

    /** The canonical form of a merged schema of one side: an object, or {@code false}. */
    static JsonNode of(JsonNode schema, SchemaDocument side, AllOfMerger merger, String pointer) {
        JsonNode current = schema;
        for (int fold = 0; fold < MAX_FOLDS && current.isObject(); fold++) {
            ObjectNode rewritten = rewrite((ObjectNode) current, side, pointer);
            if (Trivial.acceptsNone(rewritten)) {
                return BooleanNode.FALSE;
            }
            String single = singleAlternative(rewritten);
            if (single == null) {
                return rewritten;
            }
            ObjectNode base = rewritten.deepCopy();
            base.remove(single);
            String at = Json.child(pointer, single, "0");
            current = merger.both(base, rewritten.get(single).get(0), side, at);
        }
        return current;
    }

    private static ObjectNode rewrite(ObjectNode schema, SchemaDocument side, String pointer) {
        Draft draft = side.onlyItsVocabulary() ? side.draft() : null;
        ObjectNode out = null;
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            if (dropped(keyword, schema.get(keyword), side, draft)) {
                out = out == null ? schema.deepCopy() : out;
                out.remove(keyword);
            }
        }
        ObjectNode result = out == null ? schema : out;
        if (draft == Draft.DRAFT_2020_12 && result.path("items").isArray()) {
            throw Json.wrongShape(
                    "items", pointer, "a schema in 2020-12 (a tuple is prefixItems there)", result.get("items"));
        }
        result = booleanRest(result);
        return alternativesWithoutFalse(result);
    }

    private static boolean dropped(String keyword, JsonNode value, SchemaDocument side, Draft draft) {
        if (!side.reads(keyword)) {
            return true; // another draft's keyword: an unknown keyword here, which validators ignore
        }
        if (CONTENT.contains(keyword) && draft != null && draft.compareTo(Draft.DRAFT_2019_09) >= 0) {
            return true; // annotations only since 2019-09
        }
        if (ZERO_MEANS_NONE.contains(keyword)) {
            return value.isNumber() && value.decimalValue().signum() == 0;
        }
        return keyword.equals("required") && value.isArray() && value.isEmpty();
    }

    /** The "everything else" keywords that accept every value or none, as the booleans the comparers test for. */
    private static ObjectNode booleanRest(ObjectNode schema) {
        ObjectNode out = schema;
        for (String keyword : REST) {
            JsonNode value = out.get(keyword);
            if (value == null || value.isBoolean() || !value.isObject()) {
                continue;
            }
            BooleanNode replacement = Trivial.acceptsNone(value)
                    ? BooleanNode.FALSE
                    : Trivial.acceptsAll(value) ? BooleanNode.TRUE : null;
            if (replacement != null) {
                out = out == schema ? schema.deepCopy() : out;
                out.set(keyword, replacement);
            }
        }
        return out;
    }

    /**
     * An alternative that accepts nothing never matches, in anyOf and oneOf alike, so it goes; an anyOf with one that
     * accepts everything constrains nothing. An empty list left means nothing is accepted.
     */
    private static ObjectNode alternativesWithoutFalse(ObjectNode schema) {
        ObjectNode out = schema;
        for (String keyword : List.of("anyOf", "oneOf")) {
            JsonNode alternatives = out.get(keyword);
            if (alternatives == null || !alternatives.isArray() || alternatives.isEmpty()) {
                continue;
            }
            ArrayNode kept = JsonNodeFactory.instance.arrayNode();
            boolean anyTrue = false;
            for (JsonNode alternative : alternatives) {
                if (!Trivial.acceptsNone(alternative)) {
                    kept.add(alternative);
                }
                anyTrue |= Trivial.acceptsAll(alternative);
            }
            if (keyword.equals("anyOf") && anyTrue) {
                out = out == schema ? schema.deepCopy() : out;
                out.remove(keyword);
            } else if (kept.isEmpty()) {
                out = out == schema ? schema.deepCopy() : out;
                out.set("not", JsonNodeFactory.instance.objectNode());
                out.remove(keyword);
            } else if (kept.size() < alternatives.size()) {
                out = out == schema ? schema.deepCopy() : out;
                out.set(keyword, kept);
            }
        }
        return out;
    }

    /** The one of anyOf/oneOf (allOf is folded before) that holds a single alternative, or null. */
    private static String singleAlternative(ObjectNode schema) {
        for (String keyword : List.of("anyOf", "oneOf")) {
            JsonNode alternatives = schema.get(keyword);
            if (alternatives != null && alternatives.isArray() && alternatives.size() == 1) {
                return keyword;
            }
        }
        return null;
    }
}
