package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Type;

/**
 * Values as Avro reads them across a type change (the specification's promotions), and logical types, which Avro's
 * resolution ignores but which change what every value means. Part of the {@link AvroDiff} walk.
 */
final class AvroPrimitives {

    private AvroPrimitives() {}

    static void typeChange(AvroDiff diff, Schema reader, Schema writer, String at, String oldAt) {
        if (promotes(writer.getType(), reader.getType())) {
            boolean bothWays = promotes(reader.getType(), writer.getType());
            diff.add(
                    bothWays ? ChangeKind.AVRO_TYPE_STRING_BYTES_SWAPPED : ChangeKind.AVRO_TYPE_PROMOTED,
                    at,
                    typeName(writer),
                    typeName(reader));
        } else if (promotes(reader.getType(), writer.getType())) {
            diff.add(ChangeKind.AVRO_TYPE_NARROWED, at, typeName(writer), typeName(reader));
        } else {
            diff.add(ChangeKind.AVRO_TYPE_CHANGED, at, diff.oldValue(oldAt), diff.newValue(at));
        }
    }

    /** Whether data written as {@code written} can be read as {@code read} (the specification's promotions). */
    static boolean promotes(Type written, Type read) {
        return switch (written) {
            case INT -> read == Type.LONG || read == Type.FLOAT || read == Type.DOUBLE;
            case LONG -> read == Type.FLOAT || read == Type.DOUBLE;
            case FLOAT -> read == Type.DOUBLE;
            case STRING -> read == Type.BYTES;
            case BYTES -> read == Type.STRING;
            default -> false;
        };
    }

    private static JsonNode typeName(Schema schema) {
        return JsonNodeFactory.instance.textNode(schema.getType().getName());
    }

    /** A changed logical type changes what every value means, though the bytes still decode. */
    static void logicalTypes(AvroDiff diff, Schema reader, Schema writer, String at) {
        Object was = writer.getObjectProp("logicalType");
        Object now = reader.getObjectProp("logicalType");
        if (!Objects.equals(was, now)) {
            diff.add(ChangeKind.AVRO_LOGICAL_TYPE_CHANGED, at, text(was), text(now));
            return;
        }
        if (!"decimal".equals(now)) {
            return;
        }
        Object oldScale = writer.getObjectProp("scale");
        Object newScale = reader.getObjectProp("scale");
        if (!Objects.equals(oldScale == null ? 0 : oldScale, newScale == null ? 0 : newScale)) {
            diff.add(ChangeKind.AVRO_LOGICAL_TYPE_CHANGED, AvroDiff.child(at, "scale"), text(oldScale), text(newScale));
        }
        if (writer.getObjectProp("precision") instanceof Number oldPrecision
                && reader.getObjectProp("precision") instanceof Number newPrecision
                && oldPrecision.intValue() != newPrecision.intValue()) {
            diff.add(
                    newPrecision.intValue() > oldPrecision.intValue()
                            ? ChangeKind.AVRO_DECIMAL_PRECISION_WIDENED
                            : ChangeKind.AVRO_DECIMAL_PRECISION_NARROWED,
                    AvroDiff.child(at, "precision"),
                    JsonNodeFactory.instance.numberNode(oldPrecision.intValue()),
                    JsonNodeFactory.instance.numberNode(newPrecision.intValue()));
        }
    }

    private static JsonNode text(Object value) {
        return value == null ? null : JsonNodeFactory.instance.textNode(String.valueOf(value));
    }
}
