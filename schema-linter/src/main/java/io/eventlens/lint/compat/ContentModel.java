package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/** Whether an object or array accepts members its schema does not name, and with which schema. */
final class ContentModel {

    private ContentModel() {}

    /**
     * The schema for properties an object does not name: additionalProperties, else unevaluatedProperties, else true.
     */
    static JsonNode additional(ObjectNode schema) {
        JsonNode additional = schema.get("additionalProperties");
        if (additional == null) {
            additional = schema.get("unevaluatedProperties");
        }
        return additional == null ? Json.TRUE : additional;
    }

    /** Compares one "everything else" keyword of two objects, whose open models hold undeclared members only. */
    static void compare(SchemaDiff diff, JsonNode newRest, JsonNode oldRest, String at, Set<SchemaChange> out) {
        compare(diff, newRest, oldRest, at, out, true, true);
    }

    /**
     * Compares one "everything else" keyword: closing and opening get their own kinds, else recurse. An
     * open old model (true) that holds undeclared members only gets kinds of its own too: LENIENT assumes
     * old data carries no undeclared member, so closing or narrowing it rejects nothing there; STRICT reads
     * such members as present. {@code oldUndeclared} and {@code newUndeclared} say whether each side's
     * model holds undeclared members only (an object's unnamed properties, the items past a tuple) or is
     * declared content (a plain array's items), compared like any schema under both policies.
     */
    static void compare(
            SchemaDiff diff,
            JsonNode newRest,
            JsonNode oldRest,
            String at,
            Set<SchemaChange> out,
            boolean oldUndeclared,
            boolean newUndeclared) {
        boolean newClosed = Json.isFalse(newRest);
        boolean oldClosed = Json.isFalse(oldRest);
        boolean oldOpen = Json.isTrue(oldRest);
        if (newClosed && !oldClosed) {
            out.add(SchemaChange.of(
                    oldOpen && oldUndeclared
                            ? ChangeKind.CONTENT_MODEL_CLOSED
                            : ChangeKind.PARTIALLY_OPEN_CONTENT_MODEL_CLOSED,
                    at,
                    oldRest,
                    newRest));
        } else if (oldClosed && !newClosed) {
            out.add(SchemaChange.of(
                    Json.isTrue(newRest) && newUndeclared
                            ? ChangeKind.CONTENT_MODEL_OPENED
                            : ChangeKind.CONTENT_MODEL_PARTIALLY_OPENED,
                    at,
                    oldRest,
                    newRest));
        } else if (oldOpen && oldUndeclared && !newClosed && !Json.isTrue(newRest)) {
            narrowOpen(diff, newRest, oldRest, at, out);
        } else if (!newClosed && !(Json.isTrue(newRest) && oldOpen)) {
            diff.compareMember(newRest, oldRest, at, out);
        }
    }

    /**
     * An open model given a schema: what rejects an old value under STRICT (read by the ordinary
     * comparison, so STRICT verdicts stay those of any other schema) is one change that only STRICT breaks.
     */
    private static void narrowOpen(
            SchemaDiff diff, JsonNode newRest, JsonNode oldRest, String at, Set<SchemaChange> out) {
        Set<SchemaChange> found = new LinkedHashSet<>();
        diff.compareMember(newRest, oldRest, at, found);
        if (found.stream().allMatch(c -> c.isBackwardCompatible(Policy.STRICT))) {
            out.addAll(found);
        } else {
            out.add(SchemaChange.of(ChangeKind.OPEN_CONTENT_MODEL_NARROWED, at, oldRest, newRest));
        }
    }

    /**
     * Compares what two objects accept beyond their named properties, whichever of additionalProperties
     * and unevaluatedProperties each uses, reported at the keyword the new schema uses.
     */
    static void compareRest(SchemaDiff diff, ObjectNode r, ObjectNode w, String pointer, Set<SchemaChange> out) {
        String keyword = keyword(r);
        if (keyword == null) {
            keyword = keyword(w);
        }
        if (keyword != null) {
            compare(diff, additional(r), additional(w), Json.child(pointer, keyword), out);
        }
    }

    private static String keyword(ObjectNode schema) {
        return schema.has("additionalProperties")
                ? "additionalProperties"
                : schema.has("unevaluatedProperties") ? "unevaluatedProperties" : null;
    }
}
