package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.eventlens.catalog.document.JsonPointers;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
 *
 * <p>This class walks the two schemas and keeps the findings; records ({@link AvroRecords}), named types
 * ({@link AvroNamedTypes}), unions ({@link AvroUnions}) and primitives with logical types ({@link AvroPrimitives})
 * are compared by their own classes.
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

    void compare(Schema reader, Schema writer, String at, String oldAt) {
        if (++depth > MAX_DEPTH) {
            throw new SchemaComparisonException(
                    "the Avro schemas nest deeper than " + MAX_DEPTH + " levels at '" + at + "'", at);
        }
        try {
            if (reader.getType() == Type.UNION || writer.getType() == Type.UNION) {
                AvroUnions.unions(this, reader, writer, at, oldAt);
            } else if (reader.getType() != writer.getType()) {
                AvroPrimitives.typeChange(this, reader, writer, at, oldAt);
            } else {
                sameType(reader, writer, at, oldAt);
            }
        } finally {
            depth--;
        }
    }

    private void sameType(Schema reader, Schema writer, String at, String oldAt) {
        AvroPrimitives.logicalTypes(this, reader, writer, at);
        switch (reader.getType()) {
            case RECORD -> {
                if (AvroNamedTypes.names(this, reader, writer, at) && enter(reader, writer)) {
                    AvroRecords.fields(this, reader, writer, at, oldAt);
                }
            }
            case ENUM -> {
                if (AvroNamedTypes.names(this, reader, writer, at)) {
                    AvroNamedTypes.symbols(this, reader, writer, at);
                }
            }
            case FIXED -> {
                if (AvroNamedTypes.names(this, reader, writer, at)) {
                    AvroNamedTypes.fixedSize(this, reader, writer, at);
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

    void add(ChangeKind kind, String at, JsonNode oldValue, JsonNode newValue) {
        out.add(SchemaChange.of(kind, at, oldValue, newValue));
    }

    void addAll(Set<SchemaChange> changes) {
        out.addAll(changes);
    }

    /** One reader branch against one writer branch, its changes kept aside. */
    Set<SchemaChange> trial(Schema reader, Schema writer, String at, String oldAt) {
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

    /** The old schema's value at a pointer built while walking, or null (see {@link #valueAt}). */
    JsonNode oldValue(String pointer) {
        return valueAt(oldTree, pointer);
    }

    /** The new schema's value at a pointer built while walking, or null (see {@link #valueAt}). */
    JsonNode newValue(String pointer) {
        return valueAt(newTree, pointer);
    }

    /** The value at a pointer built while walking, or null when the walk went through a named type's reference. */
    private static JsonNode valueAt(JsonNode tree, String pointer) {
        JsonNode value = tree.at(pointer);
        return value instanceof MissingNode ? null : value;
    }

    static String child(String pointer, String... tokens) {
        return JsonPointers.child(pointer, tokens);
    }
}
