package io.eventlens.lint.payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.catalog.document.JsonPointers;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;

/**
 * An Avro schema read as the JSON Schema (draft-07) of the plain JSON that event payloads and document examples
 * are written in, so the payload validator and the payload lint rules read Avro payloads too. A record is an object
 * with its fields as properties (those without a default required, no others allowed); an enum its symbols; an
 * array or a map its items or values; int and long are integers (int within 32 bits), float and double numbers,
 * bytes and fixed strings (Avro's JSON encoding). A union accepts a value of any branch, plain ({@code "x"}) or
 * tagged as Avro's JSON encoding writes it ({@code {"string": "x"}}). Named types are written out at their first use
 * and referred to from {@code $defs} after that, so recursive records stay finite.
 */
public final class AvroJsonSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

    private final ObjectNode definitions = NODES.objectNode();
    private final Set<String> written = new HashSet<>();

    private AvroJsonSchema() {}

    /**
     * The JSON Schema of an Avro schema.
     *
     * @throws IllegalArgumentException when Avro's parser refuses it, with the parser's message
     */
    public static ObjectNode of(JsonNode avro) {
        Objects.requireNonNull(avro, "avro");
        Schema schema;
        try {
            schema = new Schema.Parser().parse(avro.toString());
        } catch (AvroRuntimeException e) {
            throw new IllegalArgumentException("not a valid Avro schema: " + e.getMessage(), e);
        }
        AvroJsonSchema converter = new AvroJsonSchema();
        ObjectNode root = NODES.objectNode().put("$schema", DRAFT_07);
        root.setAll(converter.convert(schema));
        if (!converter.definitions.isEmpty()) {
            root.set("$defs", converter.definitions);
        }
        return root;
    }

    private ObjectNode convert(Schema schema) {
        return switch (schema.getType()) {
            case RECORD -> named(schema, () -> record(schema));
            case ENUM ->
                named(schema, () -> {
                    ArrayNode symbols = NODES.arrayNode();
                    schema.getEnumSymbols().forEach(symbols::add);
                    return NODES.objectNode().set("enum", symbols);
                });
            case FIXED -> named(schema, () -> NODES.objectNode().put("type", "string"));
            case ARRAY -> NODES.objectNode().put("type", "array").set("items", convert(schema.getElementType()));
            case MAP ->
                NODES.objectNode().put("type", "object").set("additionalProperties", convert(schema.getValueType()));
            case UNION -> union(schema);
            case INT ->
                NODES.objectNode()
                        .put("type", "integer")
                        .put("minimum", Integer.MIN_VALUE)
                        .put("maximum", Integer.MAX_VALUE);
            case LONG -> NODES.objectNode().put("type", "integer");
            case FLOAT, DOUBLE -> NODES.objectNode().put("type", "number");
            case STRING, BYTES -> NODES.objectNode().put("type", "string");
            case BOOLEAN -> NODES.objectNode().put("type", "boolean");
            case NULL -> NODES.objectNode().put("type", "null");
        };
    }

    /** A named type: written out the first time (and kept in {@code $defs}), referred to every time after. */
    private ObjectNode named(Schema schema, Supplier<ObjectNode> body) {
        String name = schema.getFullName();
        if (!written.add(name)) {
            return NODES.objectNode().put("$ref", JsonPointers.child("#/$defs", name));
        }
        ObjectNode converted = NODES.objectNode();
        definitions.set(name, converted);
        converted.setAll(body.get());
        if (schema.getDoc() != null) {
            converted.put("description", schema.getDoc());
        }
        return converted;
    }

    private ObjectNode record(Schema schema) {
        ObjectNode object = NODES.objectNode().put("type", "object");
        ObjectNode properties = object.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (Schema.Field field : schema.getFields()) {
            ObjectNode property = convert(field.schema());
            if (field.doc() != null && !property.has("$ref")) {
                property = property.deepCopy().put("description", field.doc());
            }
            properties.set(field.name(), property);
            if (!field.hasDefaultValue()) {
                required.add(field.name());
            }
        }
        if (!required.isEmpty()) {
            object.set("required", required);
        }
        return object.put("additionalProperties", false);
    }

    /**
     * Any branch's value, plain or tagged with the branch's name ({@code {"string": "x"}}, {@code {"shop.Item":
     * {...}}}).
     * The plain primitive branches are one type list ({@code ["null", "integer"]}), written first, so a value of none
     * of them is reported as "string found, [null, integer] expected" rather than against one branch.
     */
    private ObjectNode union(Schema schema) {
        ArrayNode branches = NODES.arrayNode();
        ArrayNode primitives = NODES.arrayNode();
        boolean onlyInt = true;
        for (Schema branch : schema.getTypes()) {
            String type = primitiveType(branch.getType());
            if (type != null && branch.getObjectProp("logicalType") == null) {
                if (!containsText(primitives, type)) {
                    primitives.add(type);
                }
                onlyInt &= branch.getType() == Schema.Type.INT
                        || type.equals("null")
                        || type.equals("boolean")
                        || type.equals("string");
            }
        }
        if (!primitives.isEmpty()) {
            ObjectNode plain = NODES.objectNode().set("type", primitives.size() == 1 ? primitives.get(0) : primitives);
            if (onlyInt && containsText(primitives, "integer")) {
                plain.put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
            }
            branches.add(plain);
        }
        for (Schema branch : schema.getTypes()) {
            boolean grouped = primitiveType(branch.getType()) != null && branch.getObjectProp("logicalType") == null;
            ObjectNode converted = convert(branch);
            if (!grouped) {
                branches.add(converted);
            }
            if (branch.getType() != Schema.Type.NULL) {
                String tag = switch (branch.getType()) {
                    case RECORD, ENUM, FIXED -> branch.getFullName();
                    default -> branch.getType().getName();
                };
                ObjectNode tagged = NODES.objectNode().put("type", "object");
                tagged.putObject("properties").set(tag, converted.deepCopy());
                tagged.putArray("required").add(tag);
                branches.add(tagged.put("additionalProperties", false));
            }
        }
        return NODES.objectNode().set("anyOf", branches);
    }

    /** The JSON type a primitive Avro type is written as, or null for the complex types. */
    private static String primitiveType(Schema.Type type) {
        return switch (type) {
            case NULL -> "null";
            case BOOLEAN -> "boolean";
            case INT, LONG -> "integer";
            case FLOAT, DOUBLE -> "number";
            case STRING, BYTES -> "string";
            default -> null;
        };
    }

    private static boolean containsText(ArrayNode array, String text) {
        for (JsonNode item : array) {
            if (item.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
