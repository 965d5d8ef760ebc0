package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Set;

/** Plain inclusive limits (lengths, item and property counts): added, removed, raised or lowered. */
final class Limits {

    private Limits() {}

    /**
     * Compares one limit; the caller passes the kinds in the limit's sense, so "increased" breaks for a
     * lower limit (minLength) and is safe for an upper one (maxLength).
     */
    static void compare(
            ObjectNode r,
            ObjectNode w,
            String keyword,
            String pointer,
            Set<SchemaChange> out,
            ChangeKind added,
            ChangeKind removed,
            ChangeKind increased,
            ChangeKind decreased) {
        BigDecimal newValue = Json.number(r, keyword, pointer);
        BigDecimal oldValue = Json.number(w, keyword, pointer);
        ChangeKind kind;
        if (newValue == null && oldValue == null) {
            return;
        } else if (oldValue == null) {
            kind = added;
        } else if (newValue == null) {
            kind = removed;
        } else if (newValue.compareTo(oldValue) == 0) {
            return;
        } else {
            kind = newValue.compareTo(oldValue) > 0 ? increased : decreased;
        }
        out.add(SchemaChange.of(kind, Json.child(pointer, keyword), w.get(keyword), r.get(keyword)));
    }
}
