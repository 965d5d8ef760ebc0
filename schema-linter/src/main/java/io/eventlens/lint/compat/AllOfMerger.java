package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Folds {@code allOf} into one schema, so "allOf: [Base, {properties: ...}]" compares like the schema it
 * means. Members are joined by keyword: property maps are united (a property on both sides becomes an
 * allOf of the two), {@code required} united, types intersected, limits tightened; for any other keyword
 * both sides set, the first wins (an approximation the documentation names).
 */
final class AllOfMerger {

    private static final int MAX_DEPTH = 16;
    /** allOf merges open at once, folds of one-branch alternatives included (a $ref cycle through both ends here). */
    private static final int MAX_OPEN = 64;

    private static final Set<String> MAPS =
            Set.of("properties", "patternProperties", "dependentSchemas", "dependentRequired", "$defs", "definitions");
    private static final Set<String> LOWER =
            Set.of("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties");
    private static final Set<String> UPPER =
            Set.of("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties");

    private int open;

    JsonNode merge(JsonNode schema, SchemaDocument side, String pointer) {
        return merge(schema, side, pointer, 0);
    }

    /** The two schemas joined (both must hold); false when either is false. */
    JsonNode both(JsonNode first, JsonNode second, SchemaDocument side, String pointer) {
        JsonNode a = merge(side.resolve(first, pointer), side, pointer);
        JsonNode b = merge(side.resolve(second, pointer), side, pointer);
        if (Json.isFalse(a) || Json.isFalse(b)) {
            return BooleanNode.FALSE;
        }
        return join(
                a.isObject() ? (ObjectNode) a : JsonNodeFactory.instance.objectNode(),
                b.isObject() ? (ObjectNode) b : JsonNodeFactory.instance.objectNode());
    }

    private JsonNode merge(JsonNode schema, SchemaDocument side, String pointer, int depth) {
        JsonNode members = schema.isObject() ? schema.get("allOf") : null;
        if (members == null || !members.isArray()) {
            return schema;
        }
        if (depth > MAX_DEPTH || open >= MAX_OPEN) {
            throw new SchemaComparisonException(
                    "allOf at '" + pointer + "' in the " + side.label() + " schema nests deeper than " + MAX_DEPTH
                            + " levels or " + MAX_OPEN + " merges at once (a $ref cycle through allOf?)",
                    pointer);
        }
        open++;
        try {
            return mergeMembers((ObjectNode) schema, members, side, pointer, depth);
        } finally {
            open--;
        }
    }

    private JsonNode mergeMembers(ObjectNode schema, JsonNode members, SchemaDocument side, String pointer, int depth) {
        ObjectNode rest = JsonNodeFactory.instance.objectNode().setAll(schema);
        rest.remove("allOf");
        JsonNode base = Canonical.of(rest, side, this, pointer);
        if (Json.isFalse(base)) {
            return BooleanNode.FALSE;
        }
        ObjectNode result = (ObjectNode) base;
        for (int i = 0; i < members.size(); i++) {
            String at = Json.child(pointer, "allOf", Integer.toString(i));
            JsonNode member = merge(side.resolve(members.get(i), at), side, at, depth + 1);
            if (member.isObject()) {
                member = Canonical.of(member, side, this, at); // a one-branch anyOf/oneOf joins as its branch
            }
            if (Json.isFalse(member)) {
                return BooleanNode.FALSE;
            }
            if (member.isObject()) {
                result = join(result, (ObjectNode) member);
            }
        }
        return result;
    }

    private static ObjectNode join(ObjectNode a, ObjectNode b) {
        ObjectNode result = JsonNodeFactory.instance.objectNode().setAll(a);
        for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            JsonNode mine = result.get(key);
            JsonNode theirs = entry.getValue();
            result.set(key, mine == null ? theirs : joinValue(key, mine, theirs));
        }
        return result;
    }

    private static JsonNode joinValue(String key, JsonNode mine, JsonNode theirs) {
        if (MAPS.contains(key) && mine.isObject() && theirs.isObject()) {
            ObjectNode map = JsonNodeFactory.instance.objectNode().setAll((ObjectNode) mine);
            theirs.fields()
                    .forEachRemaining(e -> map.set(
                            e.getKey(),
                            map.has(e.getKey()) ? bothOf(map.get(e.getKey()), e.getValue()) : e.getValue()));
            return map;
        }
        if (key.equals("required") || key.equals("type")) {
            Set<JsonNode> values = new LinkedHashSet<>();
            (mine.isArray() ? mine : JsonNodeFactory.instance.arrayNode().add(mine)).forEach(values::add);
            ArrayNode joined = JsonNodeFactory.instance.arrayNode();
            if (key.equals("required")) {
                theirs.forEach(values::add);
                values.forEach(joined::add);
            } else {
                Set<JsonNode> other = new LinkedHashSet<>();
                (theirs.isArray()
                                ? theirs
                                : JsonNodeFactory.instance.arrayNode().add(theirs))
                        .forEach(other::add);
                values.forEach(v -> {
                    if (other.contains(v)) {
                        joined.add(v);
                    } else if (isNumeric(v) && other.stream().anyMatch(AllOfMerger::isNumeric)) {
                        joined.add("integer");
                    }
                });
            }
            return joined;
        }
        if (mine.isNumber() && theirs.isNumber() && (LOWER.contains(key) || UPPER.contains(key))) {
            boolean theirsHigher = theirs.decimalValue().compareTo(mine.decimalValue()) > 0;
            return theirsHigher == LOWER.contains(key) ? theirs : mine;
        }
        return mine;
    }

    private static boolean isNumeric(JsonNode type) {
        return type.asText().equals("number") || type.asText().equals("integer");
    }

    private static JsonNode bothOf(JsonNode first, JsonNode second) {
        if (first.equals(second)) {
            return first;
        }
        ObjectNode both = JsonNodeFactory.instance.objectNode();
        both.putArray("allOf").add(first).add(second);
        return both;
    }
}
