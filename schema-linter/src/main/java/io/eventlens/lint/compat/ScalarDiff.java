package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.ChangeKind.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Keywords of strings and numbers. Patterns are compared as text, never run: a user's regex is not
 * evaluated against anything here.
 */
final class ScalarDiff {

    private ScalarDiff() {}

    static void strings(ObjectNode r, ObjectNode w, String pointer, Set<SchemaChange> out) {
        Limits.compare(
                r,
                w,
                "minLength",
                pointer,
                out,
                MIN_LENGTH_ADDED,
                MIN_LENGTH_REMOVED,
                MIN_LENGTH_INCREASED,
                MIN_LENGTH_DECREASED);
        Limits.compare(
                r,
                w,
                "maxLength",
                pointer,
                out,
                MAX_LENGTH_ADDED,
                MAX_LENGTH_REMOVED,
                MAX_LENGTH_INCREASED,
                MAX_LENGTH_DECREASED);
        text(r, w, "pattern", pointer, out, PATTERN_ADDED, PATTERN_REMOVED, PATTERN_CHANGED);
        text(r, w, "format", pointer, out, FORMAT_ADDED, FORMAT_REMOVED, FORMAT_CHANGED);
        text(r, w, "contentEncoding", pointer, out, CONTENT_ADDED, CONTENT_REMOVED, CONTENT_CHANGED);
        text(r, w, "contentMediaType", pointer, out, CONTENT_ADDED, CONTENT_REMOVED, CONTENT_CHANGED);
    }

    static void numbers(ObjectNode r, ObjectNode w, String pointer, Set<SchemaChange> out) {
        Bounds.compare(r, w, pointer, out);
        multipleOf(r, w, pointer, out);
    }

    private static void text(
            ObjectNode r,
            ObjectNode w,
            String keyword,
            String pointer,
            Set<SchemaChange> out,
            ChangeKind added,
            ChangeKind removed,
            ChangeKind changed) {
        JsonNode newValue = r.get(keyword);
        JsonNode oldValue = w.get(keyword);
        if (newValue == null && oldValue == null || newValue != null && newValue.equals(oldValue)) {
            return;
        }
        ChangeKind kind = oldValue == null ? added : newValue == null ? removed : changed;
        out.add(SchemaChange.of(kind, Json.child(pointer, keyword), oldValue, newValue));
    }

    private static void multipleOf(ObjectNode r, ObjectNode w, String pointer, Set<SchemaChange> out) {
        BigDecimal newValue = Json.number(r, "multipleOf", pointer);
        BigDecimal oldValue = Json.number(w, "multipleOf", pointer);
        if (newValue == null && oldValue == null
                || newValue != null && oldValue != null && newValue.compareTo(oldValue) == 0) {
            return;
        }
        ChangeKind kind;
        if (oldValue == null) {
            kind = MULTIPLE_OF_ADDED;
        } else if (newValue == null) {
            kind = MULTIPLE_OF_REMOVED;
        } else if (divides(newValue, oldValue)) {
            kind = MULTIPLE_OF_RELAXED;
        } else {
            kind = divides(oldValue, newValue) ? MULTIPLE_OF_TIGHTENED : MULTIPLE_OF_CHANGED;
        }
        out.add(SchemaChange.of(kind, Json.child(pointer, "multipleOf"), w.get("multipleOf"), r.get("multipleOf")));
    }

    /** Whether every multiple of {@code multiple} is a multiple of {@code divisor}. */
    private static boolean divides(BigDecimal divisor, BigDecimal multiple) {
        return divisor.signum() != 0 && multiple.remainder(divisor).signum() == 0;
    }
}
