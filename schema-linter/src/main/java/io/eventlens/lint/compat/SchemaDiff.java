package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * The recursion hub: can the new schema (reader) accept every value the old one (writer) accepts?
 * Resolves {@code $ref}s, handles boolean schemas, folds {@code allOf} into one schema, splits the old
 * schema's {@code anyOf}/{@code oneOf} into one case per alternative, and hands each keyword family to
 * its comparer. A pair already being compared higher up counts as compatible (recursive schemas end).
 */
final class SchemaDiff {

    private final DiffContext context;
    private final AllOfMerger merger;

    SchemaDiff(DiffContext context) {
        this.context = context;
        this.merger = new AllOfMerger();
    }

    DiffContext context() {
        return context;
    }

    List<SchemaChange> compare(JsonNode newSchema, JsonNode oldSchema, String pointer) {
        Set<SchemaChange> out = new LinkedHashSet<>();
        compare(newSchema, oldSchema, pointer, out);
        return new ArrayList<>(out);
    }

    /** Whether nothing in the comparison breaks under the policy; the changes found go to {@code out}. */
    boolean accepts(JsonNode newSchema, JsonNode oldSchema, String pointer, Set<SchemaChange> out) {
        Set<SchemaChange> found = new LinkedHashSet<>();
        compare(newSchema, oldSchema, pointer, found);
        out.addAll(found);
        return found.stream().allMatch(c -> c.isBackwardCompatible(context.policy()));
    }

    /** Compares the schemas of one member (a property's value, an array item) of the value compared so far. */
    void compareMember(JsonNode newSchema, JsonNode oldSchema, String pointer, Set<SchemaChange> out) {
        context.enterMember();
        try {
            compare(newSchema, oldSchema, pointer, out);
        } finally {
            context.exitMember();
        }
    }

    void compare(JsonNode newSchema, JsonNode oldSchema, String pointer, Set<SchemaChange> out) {
        if (Thread.currentThread().isInterrupted()) { // a web request cancelled (its client went, or its deadline)
            throw new CancellationException(
                    "the comparison was stopped at " + pointer + ": its thread was interrupted");
        }
        JsonNode reader = context.reader().resolve(newSchema, pointer);
        JsonNode writer = context.writer().resolve(oldSchema, pointer);
        if (!context.enter(reader, writer, pointer)) {
            return;
        }
        try {
            compareResolved(reader, writer, pointer, out);
        } finally {
            context.exit(reader, writer);
        }
    }

    private void compareResolved(JsonNode reader, JsonNode writer, String pointer, Set<SchemaChange> out) {
        // registries read a whole schema of true as an empty object schema (see SCHEMA_MADE_TRUE)
        boolean trueLiteral = reader.isBoolean() && reader.booleanValue() && pointer.isEmpty();
        JsonNode r = canonical(reader, context.reader(), pointer);
        JsonNode w = canonical(writer, context.writer(), pointer);
        if (Json.isFalse(w)) {
            if (!Json.isFalse(r)) {
                out.add(SchemaChange.of(ChangeKind.SCHEMA_NO_LONGER_FALSE, pointer, writer, reader));
            }
            return;
        }
        if (Json.isFalse(r)) {
            out.add(SchemaChange.of(ChangeKind.SCHEMA_MADE_FALSE, pointer, writer, reader));
            return;
        }
        compareObjects((ObjectNode) r, (ObjectNode) w, (ObjectNode) w, trueLiteral, pointer, out);
    }

    /** The schema with allOf folded and made canonical ({@link Canonical}): an object, or false. */
    private JsonNode canonical(JsonNode schema, SchemaDocument side, String pointer) {
        if (Json.isFalse(schema)) {
            return schema;
        }
        return Canonical.of(merger.merge(object(schema, side, pointer), side, pointer), side, merger, pointer);
    }

    private void compareObjects(
            ObjectNode r, ObjectNode w, ObjectNode whole, boolean trueLiteral, String pointer, Set<SchemaChange> out) {
        String split = Alternatives.keywordOf(w);
        if (split == null) {
            compareCase(r, w, trueLiteral, pointer, out, CaseOrigin.whole(whole));
            return;
        }
        JsonNode alternatives = w.get(split);
        Alternatives.reportAdded(r, split, alternatives.size(), pointer, out);
        Alternatives.reportExclusiveness(r, w, split, context, merger, pointer, out);
        for (int i = 0; i < alternatives.size(); i++) {
            String at = Json.child(pointer, split, Integer.toString(i));
            JsonNode alternative = context.writer().resolve(alternatives.get(i), at);
            ObjectNode base = JsonNodeFactory.instance.objectNode().setAll(w);
            base.remove(split);
            JsonNode oneCase =
                    Canonical.of(merger.both(base, alternative, context.writer(), at), context.writer(), merger, at);
            if (Json.isFalse(oneCase)) {
                continue;
            }
            if (Alternatives.keywordOf((ObjectNode) oneCase) != null) {
                compareObjects(r, (ObjectNode) oneCase, whole, trueLiteral, pointer, out);
            } else {
                compareCase(r, (ObjectNode) oneCase, trueLiteral, pointer, out, new CaseOrigin(w, i, whole));
            }
        }
    }

    /** Compares a new schema with one old case (no alternatives left on the old side). */
    private void compareCase(
            ObjectNode r, ObjectNode w, boolean trueLiteral, String pointer, Set<SchemaChange> out, CaseOrigin origin) {
        if (Alternatives.keywordOf(r) != null) {
            new Alternatives(this, merger).compare(r, w, pointer, out, origin);
            return;
        }
        Types types = new Types(r, w, pointer);
        types.compare(pointer, out);
        if (trueLiteral) {
            types.reportTrueLiteral(pointer, out);
        }
        if (types.both("string")) {
            ScalarDiff.strings(r, w, pointer, out);
        }
        if (types.both("number")) {
            ScalarDiff.numbers(r, w, pointer, out);
        }
        if (types.both("object")) {
            new ObjectDiff(this, r, w, pointer).compare(out);
        }
        if (types.both("array")) {
            new ArrayDiff(this, r, w, pointer).compare(out);
        }
        Logic.compareNot(this, r, w, pointer, out);
        Logic.compareConditions(this, merger, r, w, pointer, out);
    }

    private static JsonNode object(JsonNode schema, SchemaDocument side, String pointer) {
        if (schema.isBoolean()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!schema.isObject()) {
            throw new SchemaComparisonException(
                    "the schema at '" + pointer + "' in the " + side.label()
                            + " schema must be an object or a boolean, was " + Json.abbreviate(schema),
                    pointer);
        }
        return schema;
    }
}
