package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.eventlens.catalog.document.JsonPointers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Type;

/**
 * Avro schema versions compared as Avro reads data: a reader schema (the new one, for a backward check) resolving
 * data written with a writer schema (the old one), by the rules of the Avro specification's "Schema Resolution"
 * section. Records match fields by name or by the reader field's aliases; a reader field the writer lacks needs a
 * default; named types match by unqualified name or the reader's aliases; primitives promote (int to long, float or
 * double; long to float or double; float to double; string and bytes either way); enums need the writer's symbols
 * unless the reader has a default symbol; each writer union branch needs a reader branch that reads it. Every
 * difference is a {@link ChangeKind} {@code AVRO_*}, breaking or not, at a JSON Pointer into the new schema.
 *
 * <p>Where Avro and this comparison part ways on purpose: a changed {@code logicalType} (millis read as micros, a
 * decimal's scale) is breaking here, because every value changes meaning although the bytes still decode; Avro's
 * resolution ignores logical types. Verdicts otherwise follow Avro's own {@code SchemaCompatibility}, which a
 * test runs beside this class over generated pairs.
 */
final class AvroDiff {

    private static final int MAX_DEPTH = 200;

    private final JsonNode oldTree;
    private final JsonNode newTree;
    private final Set<String> inProgress = new HashSet<>();
    private final Set<SchemaChange> out = new LinkedHashSet<>();
    private int depth;

    private AvroDiff(JsonNode oldTree, JsonNode newTree) {
        this.oldTree = oldTree;
        this.newTree = newTree;
    }

    /**
     * Every change from {@code old} to {@code updated}, read as "can {@code updated} read data written with {@code
     * old}?".
     */
    static List<SchemaChange> backwardDifferences(JsonNode old, JsonNode updated) {
        Schema writer = parse(old, "old");
        Schema reader = parse(updated, "new");
        AvroDiff diff = new AvroDiff(old, updated);
        diff.compare(reader, writer, "", "");
        return List.copyOf(diff.out);
    }

    /** Parses with Avro's own parser (names, defaults and logical types checked); a bad schema names the problem. */
    static Schema parse(JsonNode json, String label) {
        if (json == null || json.isMissingNode() || json.isNull()) {
            throw new SchemaComparisonException(
                    "the " + label + " Avro schema is missing or empty; give a JSON object "
                            + "(record, enum, fixed, array, map), a type name string or a union array",
                    "");
        }
        try {
            return new Schema.Parser().setValidateDefaults(true).parse(json.toString());
        } catch (AvroRuntimeException e) {
            throw new SchemaComparisonException(
                    "the " + label + " schema is not a valid Avro schema: " + e.getMessage()
                            + " (see the Avro specification, \"Schema Declaration\")",
                    "");
        } catch (StackOverflowError e) {
            throw new SchemaComparisonException("the " + label + " Avro schema nests too deeply to read", "");
        }
    }

    private void compare(Schema reader, Schema writer, String at, String oldAt) {
        if (++depth > MAX_DEPTH) {
            throw new SchemaComparisonException(
                    "the Avro schemas nest deeper than " + MAX_DEPTH + " levels at '" + at + "'", at);
        }
        try {
            if (reader.getType() == Type.UNION || writer.getType() == Type.UNION) {
                unions(reader, writer, at, oldAt);
            } else if (reader.getType() != writer.getType()) {
                typeChange(reader, writer, at, oldAt);
            } else {
                sameType(reader, writer, at, oldAt);
            }
        } finally {
            depth--;
        }
    }

    private void sameType(Schema reader, Schema writer, String at, String oldAt) {
        logicalTypes(reader, writer, at, oldAt);
        switch (reader.getType()) {
            case RECORD -> {
                if (names(reader, writer, at, oldAt) && enter(reader, writer)) {
                    fields(reader, writer, at, oldAt);
                }
            }
            case ENUM -> {
                if (names(reader, writer, at, oldAt)) {
                    symbols(reader, writer, at, oldAt);
                }
            }
            case FIXED -> {
                if (names(reader, writer, at, oldAt) && reader.getFixedSize() != writer.getFixedSize()) {
                    add(
                            ChangeKind.AVRO_FIXED_SIZE_CHANGED,
                            at,
                            JsonNodeFactory.instance.numberNode(writer.getFixedSize()),
                            JsonNodeFactory.instance.numberNode(reader.getFixedSize()));
                }
            }
            case ARRAY ->
                compare(reader.getElementType(), writer.getElementType(), child(at, "items"), child(oldAt, "items"));
            case MAP ->
                compare(reader.getValueType(), writer.getValueType(), child(at, "values"), child(oldAt, "values"));
            default -> {
                // primitives of one type: nothing more to compare
            }
        }
    }

    /** A record pair already being compared further up is assumed to resolve (recursive types end here). */
    private boolean enter(Schema reader, Schema writer) {
        return inProgress.add(writer.getFullName() + "\u0000" + reader.getFullName());
    }

    private void typeChange(Schema reader, Schema writer, String at, String oldAt) {
        if (promotes(writer.getType(), reader.getType())) {
            boolean bothWays = promotes(reader.getType(), writer.getType());
            add(
                    bothWays ? ChangeKind.AVRO_TYPE_STRING_BYTES_SWAPPED : ChangeKind.AVRO_TYPE_PROMOTED,
                    at,
                    typeName(writer),
                    typeName(reader));
        } else if (promotes(reader.getType(), writer.getType())) {
            add(ChangeKind.AVRO_TYPE_NARROWED, at, typeName(writer), typeName(reader));
        } else {
            add(ChangeKind.AVRO_TYPE_CHANGED, at, valueAt(oldTree, oldAt), valueAt(newTree, at));
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

    /**
     * Named types resolve when their unqualified names match or the reader lists the writer's full name as an alias.
     */
    private boolean names(Schema reader, Schema writer, String at, String oldAt) {
        JsonNode was = JsonNodeFactory.instance.textNode(writer.getFullName());
        JsonNode now = JsonNodeFactory.instance.textNode(reader.getFullName());
        if (reader.getName().equals(writer.getName())) {
            if (!Objects.equals(reader.getNamespace(), writer.getNamespace())) {
                add(ChangeKind.AVRO_NAMESPACE_CHANGED, at, was, now);
            }
            return true;
        }
        if (reader.getAliases().contains(writer.getFullName())) {
            add(ChangeKind.AVRO_NAME_CHANGED_WITH_ALIAS, at, was, now);
            return true;
        }
        add(ChangeKind.AVRO_NAME_CHANGED, at, was, now);
        return false;
    }

    private void fields(Schema reader, Schema writer, String at, String oldAt) {
        Set<String> matched = new HashSet<>();
        for (Schema.Field field : reader.getFields()) {
            String fieldAt = child(at, "fields", Integer.toString(field.pos()));
            Schema.Field written = writerField(writer, field);
            if (written == null) {
                add(
                        field.hasDefaultValue()
                                ? ChangeKind.AVRO_FIELD_ADDED_WITH_DEFAULT
                                : ChangeKind.AVRO_FIELD_ADDED_WITHOUT_DEFAULT,
                        fieldAt,
                        null,
                        valueAt(newTree, fieldAt));
                continue;
            }
            matched.add(written.name());
            String oldFieldAt = child(oldAt, "fields", Integer.toString(written.pos()));
            if (!written.name().equals(field.name())) {
                add(
                        ChangeKind.AVRO_FIELD_RENAMED_WITH_ALIAS,
                        fieldAt,
                        JsonNodeFactory.instance.textNode(written.name()),
                        JsonNodeFactory.instance.textNode(field.name()));
            }
            JsonNode oldDefault = valueAt(oldTree, child(oldFieldAt, "default"));
            JsonNode newDefault = valueAt(newTree, child(fieldAt, "default"));
            if (!Objects.equals(oldDefault, newDefault)) {
                add(ChangeKind.AVRO_FIELD_DEFAULT_CHANGED, child(fieldAt, "default"), oldDefault, newDefault);
            }
            compare(field.schema(), written.schema(), child(fieldAt, "type"), child(oldFieldAt, "type"));
        }
        for (Schema.Field written : writer.getFields()) {
            if (!matched.contains(written.name())) {
                String oldFieldAt = child(oldAt, "fields", Integer.toString(written.pos()));
                add(
                        written.hasDefaultValue()
                                ? ChangeKind.AVRO_FIELD_REMOVED
                                : ChangeKind.AVRO_FIELD_REMOVED_WITHOUT_DEFAULT,
                        child(at, "fields"),
                        valueAt(oldTree, oldFieldAt),
                        null);
            }
        }
    }

    /** The writer's field a reader field reads: the one of its name, else one its aliases name. */
    private static Schema.Field writerField(Schema writer, Schema.Field field) {
        Schema.Field same = writer.getField(field.name());
        if (same != null) {
            return same;
        }
        for (String alias : field.aliases()) {
            Schema.Field aliased = writer.getField(alias);
            if (aliased != null) {
                return aliased;
            }
        }
        return null;
    }

    private void symbols(Schema reader, Schema writer, String at, String oldAt) {
        List<String> removed = new ArrayList<>(writer.getEnumSymbols());
        removed.removeAll(reader.getEnumSymbols());
        List<String> added = new ArrayList<>(reader.getEnumSymbols());
        added.removeAll(writer.getEnumSymbols());
        if (!removed.isEmpty()) {
            add(
                    reader.getEnumDefault() != null
                            ? ChangeKind.AVRO_ENUM_SYMBOLS_REMOVED_TO_DEFAULT
                            : ChangeKind.AVRO_ENUM_SYMBOLS_REMOVED,
                    child(at, "symbols"),
                    strings(removed),
                    reader.getEnumDefault() == null
                            ? null
                            : JsonNodeFactory.instance.textNode(reader.getEnumDefault()));
        }
        if (!added.isEmpty()) {
            add(
                    writer.getEnumDefault() != null
                            ? ChangeKind.AVRO_ENUM_SYMBOLS_ADDED_BEHIND_DEFAULT
                            : ChangeKind.AVRO_ENUM_SYMBOLS_ADDED,
                    child(at, "symbols"),
                    writer.getEnumDefault() == null ? null : JsonNodeFactory.instance.textNode(writer.getEnumDefault()),
                    strings(added));
        }
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /**
     * Each writer branch (a non-union is one branch) needs a reader branch that reads it without a break: the one of
     * the same type and name is tried first, then the rest in order (promotions). When none reads it, the closest of
     * the same type reports why, or the branch was removed. A reader branch that no writer branch maps to, and that
     * no old branch could read either, was added: old readers fail on values of it.
     */
    private void unions(Schema reader, Schema writer, String at, String oldAt) {
        List<Schema> readers = branches(reader);
        List<Schema> writers = branches(writer);
        Set<Integer> used = new HashSet<>();
        for (int k = 0; k < writers.size(); k++) {
            Schema written = writers.get(k);
            String oldBranchAt = writer.getType() == Type.UNION ? child(oldAt, Integer.toString(k)) : oldAt;
            int best = -1;
            Set<SchemaChange> bestChanges = null;
            for (int i : order(readers, written)) {
                String branchAt = reader.getType() == Type.UNION ? child(at, Integer.toString(i)) : at;
                Set<SchemaChange> changes = trial(readers.get(i), written, branchAt, oldBranchAt);
                if (changes.stream().allMatch(c -> c.kind().backward() != Effect.BREAKS)) {
                    best = i;
                    bestChanges = changes;
                    break;
                }
                if (bestChanges == null && sameKind(readers.get(i), written)) {
                    best = i;
                    bestChanges = changes;
                }
            }
            if (best < 0) {
                add(ChangeKind.AVRO_UNION_BRANCH_REMOVED, at, valueAt(oldTree, oldBranchAt), null);
            } else {
                used.add(best);
                out.addAll(bestChanges);
            }
        }
        for (int i = 0; i < readers.size(); i++) {
            if (!used.contains(i) && !readByOld(readers.get(i), writers)) {
                add(
                        ChangeKind.AVRO_UNION_BRANCH_ADDED,
                        reader.getType() == Type.UNION ? child(at, Integer.toString(i)) : at,
                        null,
                        valueAt(newTree, reader.getType() == Type.UNION ? child(at, Integer.toString(i)) : at));
            }
        }
    }

    private static List<Schema> branches(Schema schema) {
        return schema.getType() == Type.UNION ? schema.getTypes() : List.of(schema);
    }

    /** Reader branch indexes, the same type and name first. */
    private static List<Integer> order(List<Schema> readers, Schema written) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < readers.size(); i++) {
            if (sameKind(readers.get(i), written)) {
                order.add(i);
            }
        }
        for (int i = 0; i < readers.size(); i++) {
            if (!order.contains(i)) {
                order.add(i);
            }
        }
        return order;
    }

    private static boolean sameKind(Schema reader, Schema writer) {
        if (reader.getType() != writer.getType()) {
            return false;
        }
        return switch (reader.getType()) {
            case RECORD, ENUM, FIXED ->
                reader.getName().equals(writer.getName()) || reader.getAliases().contains(writer.getFullName());
            default -> true;
        };
    }

    /** One reader branch against one writer branch, its changes kept aside. */
    private Set<SchemaChange> trial(Schema reader, Schema writer, String at, String oldAt) {
        Set<SchemaChange> saved = new LinkedHashSet<>(out);
        Set<String> savedProgress = new HashSet<>(inProgress);
        out.clear();
        try {
            compare(reader, writer, at, oldAt);
            return new LinkedHashSet<>(out);
        } finally {
            out.clear();
            out.addAll(saved);
            inProgress.clear();
            inProgress.addAll(savedProgress);
        }
    }

    /** Whether some old branch reads a new branch's values (then adding it breaks no old reader). */
    private boolean readByOld(Schema newBranch, List<Schema> oldBranches) {
        for (Schema old : oldBranches) {
            if (trial(old, newBranch, "", "").stream().allMatch(c -> c.kind().backward() != Effect.BREAKS)) {
                return true;
            }
        }
        return false;
    }

    /** A changed logical type changes what every value means, though the bytes still decode. */
    private void logicalTypes(Schema reader, Schema writer, String at, String oldAt) {
        Object was = writer.getObjectProp("logicalType");
        Object now = reader.getObjectProp("logicalType");
        if (!Objects.equals(was, now)) {
            add(ChangeKind.AVRO_LOGICAL_TYPE_CHANGED, at, text(was), text(now));
            return;
        }
        if (!"decimal".equals(now)) {
            return;
        }
        Object oldScale = writer.getObjectProp("scale");
        Object newScale = reader.getObjectProp("scale");
        if (!Objects.equals(oldScale == null ? 0 : oldScale, newScale == null ? 0 : newScale)) {
            add(ChangeKind.AVRO_LOGICAL_TYPE_CHANGED, child(at, "scale"), text(oldScale), text(newScale));
        }
        if (writer.getObjectProp("precision") instanceof Number oldPrecision
                && reader.getObjectProp("precision") instanceof Number newPrecision
                && oldPrecision.intValue() != newPrecision.intValue()) {
            add(
                    newPrecision.intValue() > oldPrecision.intValue()
                            ? ChangeKind.AVRO_DECIMAL_PRECISION_WIDENED
                            : ChangeKind.AVRO_DECIMAL_PRECISION_NARROWED,
                    child(at, "precision"),
                    JsonNodeFactory.instance.numberNode(oldPrecision.intValue()),
                    JsonNodeFactory.instance.numberNode(newPrecision.intValue()));
        }
    }

    private static JsonNode text(Object value) {
        return value == null ? null : JsonNodeFactory.instance.textNode(String.valueOf(value));
    }

    private void add(ChangeKind kind, String at, JsonNode oldValue, JsonNode newValue) {
        out.add(SchemaChange.of(kind, at, oldValue, newValue));
    }

    /** The value at a pointer built while walking, or null when the walk went through a named type's reference. */
    private static JsonNode valueAt(JsonNode tree, String pointer) {
        JsonNode value = tree.at(pointer);
        return value instanceof MissingNode ? null : value;
    }

    private static String child(String pointer, String... tokens) {
        return JsonPointers.child(pointer, tokens);
    }
}
