package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code type}, {@code enum} and {@code const} of a new schema against an old case. The old side's
 * types come from {@code type}, else from its allowed values, else every type; {@code nullable: true}
 * (OpenAPI, AsyncAPI) adds "null"; "integer" is a subset of "number".
 */
final class Types {

    private static final List<String> ALL =
            List.of("null", "boolean", "object", "array", "number", "string", "integer");

    private final ObjectNode reader;
    private final ObjectNode writer;
    private final Set<String> accepted;
    private final Set<String> produced;

    Types(ObjectNode reader, ObjectNode writer, String pointer) {
        this.reader = reader;
        this.writer = writer;
        this.accepted = declared(reader, pointer);
        this.produced = produced(writer, pointer);
    }

    /** Whether both sides may hold values of this type, so its keywords matter ("number" covers integers). */
    boolean both(String type) {
        return mayHold(accepted, type) && mayHold(produced, type);
    }

    void compare(String pointer, Set<SchemaChange> out) {
        compareTypes(pointer, out);
        compareValues(pointer, out);
    }

    /**
     * The new root schema is the boolean {@code true}: registries read it as an empty object schema, so an
     * old schema that declares non-object values is, to them, a type change (STRICT only).
     */
    void reportTrueLiteral(String pointer, Set<SchemaChange> out) {
        if (produced != null && produced.stream().anyMatch(t -> !t.equals("object"))) {
            out.add(SchemaChange.of(ChangeKind.SCHEMA_MADE_TRUE, pointer, asNode(produced), Json.TRUE));
        }
    }

    private void compareTypes(String pointer, Set<SchemaChange> out) {
        if (accepted == null && !writer.has("type")) {
            return; // neither declares a type: allowed values, if any, are compared as enum/const
        }
        boolean readerCovers = covers(accepted, produced);
        boolean writerCovers = covers(produced, accepted);
        if (readerCovers && writerCovers) {
            return;
        }
        ChangeKind kind = readerCovers
                ? ChangeKind.TYPE_WIDENED
                : writerCovers ? ChangeKind.TYPE_NARROWED : ChangeKind.TYPE_CHANGED;
        out.add(SchemaChange.of(kind, Json.child(pointer, "type"), asNode(produced), asNode(accepted)));
    }

    private void compareValues(String pointer, Set<SchemaChange> out) {
        for (ObjectNode schema : List.of(reader, writer)) {
            if (schema.has("enum") && !schema.get("enum").isArray()) {
                throw Json.wrongShape("enum", pointer, "an array of values", schema.get("enum"));
            }
        }
        ArrayNode newValues = values(reader);
        ArrayNode oldValues = values(writer);
        String at = Json.child(
                pointer, reader.has("enum") || !reader.has("const") && writer.has("enum") ? "enum" : "const");
        if (newValues == null && oldValues == null) {
            return;
        }
        if (newValues == null || oldValues == null) {
            ChangeKind kind = newValues == null ? ChangeKind.ENUM_REMOVED : ChangeKind.ENUM_ADDED;
            out.add(SchemaChange.of(kind, at, oldValues, newValues));
            return;
        }
        boolean grew = containsAll(newValues, oldValues);
        boolean shrank = containsAll(oldValues, newValues);
        if (!grew || !shrank) {
            ChangeKind kind = grew
                    ? ChangeKind.ENUM_VALUES_ADDED
                    : shrank ? ChangeKind.ENUM_VALUES_REMOVED : ChangeKind.ENUM_CHANGED;
            out.add(SchemaChange.of(kind, at, oldValues, newValues));
        }
    }

    private static ArrayNode values(ObjectNode schema) {
        JsonNode values = schema.get("enum");
        if (values != null && values.isArray()) {
            return (ArrayNode) values;
        }
        return schema.has("const") ? JsonNodeFactory.instance.arrayNode().add(schema.get("const")) : null;
    }

    private static boolean containsAll(ArrayNode container, ArrayNode values) {
        Set<JsonNode> have = new LinkedHashSet<>();
        container.forEach(have::add);
        for (JsonNode value : values) {
            if (!have.contains(value)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> declared(ObjectNode schema, String pointer) {
        JsonNode type = schema.get("type");
        Set<String> types = new LinkedHashSet<>();
        if (type == null) {
            return null;
        }
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            throw Json.wrongShape("type", pointer, "a type name or an array of type names", type);
        }
        if (schema.path("nullable").asBoolean(false)) {
            types.add("null");
        }
        return types;
    }

    private static Set<String> produced(ObjectNode schema, String pointer) {
        Set<String> types = declared(schema, pointer);
        ArrayNode values = values(schema);
        if (types != null || values == null) {
            return types;
        }
        Set<String> fromValues = new LinkedHashSet<>();
        values.forEach(v -> fromValues.add(typeOf(v)));
        return fromValues;
    }

    private static String typeOf(JsonNode value) {
        if (value.isIntegralNumber()) {
            return "integer";
        }
        return value.isNumber() ? "number" : value.getNodeType().name().toLowerCase();
    }

    /** Whether every type in {@code inner} is accepted by {@code outer} (null = every type). */
    private static boolean covers(Set<String> outer, Set<String> inner) {
        if (outer == null) {
            return true;
        }
        Set<String> needed = inner == null ? Set.copyOf(ALL) : inner;
        return needed.stream().allMatch(t -> outer.contains(t) || t.equals("integer") && outer.contains("number"));
    }

    private static boolean mayHold(Set<String> types, String type) {
        return types == null || types.contains(type) || type.equals("number") && types.contains("integer");
    }

    private static JsonNode asNode(Set<String> types) {
        if (types == null) {
            return JsonNodeFactory.instance.textNode("any");
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        types.forEach(array::add);
        return array.size() == 1 ? array.get(0) : array;
    }
}
