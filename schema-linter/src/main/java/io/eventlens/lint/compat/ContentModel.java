package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** Whether an object or array accepts members its schema does not name, and with which schema. */
final class ContentModel {

    private ContentModel() {
    }

    /** The schema for properties an object does not name: additionalProperties, else unevaluatedProperties, else true. */
    static JsonNode additional(ObjectNode schema) {
        JsonNode additional = schema.get("additionalProperties");
        if (additional == null) {
            additional = schema.get("unevaluatedProperties");
        }
        return additional == null ? Json.TRUE : additional;
    }

    /** Compares one "everything else" keyword: closing and opening get their own kinds, else recurse. */
    static void compare(SchemaDiff diff, JsonNode newRest, JsonNode oldRest, String at, Set<SchemaChange> out) {
        boolean newClosed = Json.isFalse(newRest);
        boolean oldClosed = Json.isFalse(oldRest);
        if (newClosed && !oldClosed) {
            out.add(SchemaChange.of(ChangeKind.CONTENT_MODEL_CLOSED, at, oldRest, newRest));
        } else if (oldClosed && !newClosed) {
            out.add(SchemaChange.of(ChangeKind.CONTENT_MODEL_OPENED, at, oldRest, newRest));
        } else if (!newClosed && !(Json.isTrue(newRest) && Json.isTrue(oldRest))) {
            diff.compareMember(newRest, oldRest, at, out);
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
        return schema.has("additionalProperties") ? "additionalProperties"
                : schema.has("unevaluatedProperties") ? "unevaluatedProperties" : null;
    }
}
