package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.avro.Schema;

/**
 * Named types (records, enums, fixed) as Avro matches them: by unqualified name or the reader's aliases; then an
 * enum's symbols and a fixed's size. Part of the {@link AvroDiff} walk.
 */
final class AvroNamedTypes {

    private AvroNamedTypes() {}

    /**
     * Named types resolve when their unqualified names match or the reader lists the writer's full name as an alias.
     */
    static boolean names(AvroDiff diff, Schema reader, Schema writer, String at) {
        JsonNode was = JsonNodeFactory.instance.textNode(writer.getFullName());
        JsonNode now = JsonNodeFactory.instance.textNode(reader.getFullName());
        if (reader.getName().equals(writer.getName())) {
            if (!Objects.equals(reader.getNamespace(), writer.getNamespace())) {
                diff.add(ChangeKind.AVRO_NAMESPACE_CHANGED, at, was, now);
            }
            return true;
        }
        if (reader.getAliases().contains(writer.getFullName())) {
            diff.add(ChangeKind.AVRO_NAME_CHANGED_WITH_ALIAS, at, was, now);
            return true;
        }
        diff.add(ChangeKind.AVRO_NAME_CHANGED, at, was, now);
        return false;
    }

    /** Whether the two are of one type and, for named types, match by name or alias, without reporting. */
    static boolean sameKind(Schema reader, Schema writer) {
        if (reader.getType() != writer.getType()) {
            return false;
        }
        return switch (reader.getType()) {
            case RECORD, ENUM, FIXED ->
                reader.getName().equals(writer.getName()) || reader.getAliases().contains(writer.getFullName());
            default -> true;
        };
    }

    static void symbols(AvroDiff diff, Schema reader, Schema writer, String at) {
        List<String> removed = new ArrayList<>(writer.getEnumSymbols());
        removed.removeAll(reader.getEnumSymbols());
        List<String> added = new ArrayList<>(reader.getEnumSymbols());
        added.removeAll(writer.getEnumSymbols());
        if (!removed.isEmpty()) {
            diff.add(
                    reader.getEnumDefault() != null
                            ? ChangeKind.AVRO_ENUM_SYMBOLS_REMOVED_TO_DEFAULT
                            : ChangeKind.AVRO_ENUM_SYMBOLS_REMOVED,
                    AvroDiff.child(at, "symbols"),
                    strings(removed),
                    reader.getEnumDefault() == null
                            ? null
                            : JsonNodeFactory.instance.textNode(reader.getEnumDefault()));
        }
        if (!added.isEmpty()) {
            diff.add(
                    writer.getEnumDefault() != null
                            ? ChangeKind.AVRO_ENUM_SYMBOLS_ADDED_BEHIND_DEFAULT
                            : ChangeKind.AVRO_ENUM_SYMBOLS_ADDED,
                    AvroDiff.child(at, "symbols"),
                    writer.getEnumDefault() == null ? null : JsonNodeFactory.instance.textNode(writer.getEnumDefault()),
                    strings(added));
        }
    }

    static void fixedSize(AvroDiff diff, Schema reader, Schema writer, String at) {
        if (reader.getFixedSize() != writer.getFixedSize()) {
            diff.add(
                    ChangeKind.AVRO_FIXED_SIZE_CHANGED,
                    at,
                    JsonNodeFactory.instance.numberNode(writer.getFixedSize()),
                    JsonNodeFactory.instance.numberNode(reader.getFixedSize()));
        }
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
