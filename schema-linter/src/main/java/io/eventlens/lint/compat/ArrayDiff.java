package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.ChangeKind.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Array keywords. Tuples ({@code prefixItems}, or draft-07's {@code items} array) are compared
 * position by position; a position only one side names is read against the other side's tail
 * ({@code items} after {@code prefixItems}, or {@code additionalItems}), open and closed tails getting
 * their own kinds like objects. A plain array (no tuple) has no undeclared members: its items are its
 * content, so its tail and a first position are compared as schemas under both policies.
 */
final class ArrayDiff {

    private final SchemaDiff diff;
    private final ObjectNode r;
    private final ObjectNode w;
    private final String pointer;

    ArrayDiff(SchemaDiff diff, ObjectNode r, ObjectNode w, String pointer) {
        this.diff = diff;
        this.r = r;
        this.w = w;
        this.pointer = pointer;
    }

    void compare(Set<SchemaChange> out) {
        ArrayShape newShape = new ArrayShape(r);
        ArrayShape oldShape = new ArrayShape(w);
        if (newShape.isTuple() && oldShape.isList() || newShape.isList() && oldShape.isTuple()) {
            out.add(SchemaChange.of(
                    ITEMS_LIST_AND_TUPLE_SWAPPED,
                    Json.child(pointer, "items"),
                    w.get(oldShape.tupleKeyword()),
                    r.get(newShape.tupleKeyword())));
        } else {
            positions(newShape, oldShape, out);
            // a tail holds undeclared members only past a tuple; a plain array's items are its content
            ContentModel.compare(
                    diff,
                    newShape.tail(),
                    oldShape.tail(),
                    Json.child(pointer, newShape.tailKeyword(oldShape)),
                    out,
                    oldShape.size() > 0,
                    newShape.size() > 0);
        }
        Limits.compare(
                r,
                w,
                "minItems",
                pointer,
                out,
                MIN_ITEMS_ADDED,
                MIN_ITEMS_REMOVED,
                MIN_ITEMS_INCREASED,
                MIN_ITEMS_DECREASED);
        Limits.compare(
                r,
                w,
                "maxItems",
                pointer,
                out,
                MAX_ITEMS_ADDED,
                MAX_ITEMS_REMOVED,
                MAX_ITEMS_INCREASED,
                MAX_ITEMS_DECREASED);
        uniqueItems(out);
        new ContainsDiff(diff, pointer).compare(r, w, out);
    }

    private void positions(ArrayShape newShape, ArrayShape oldShape, Set<SchemaChange> out) {
        int count = Math.max(newShape.size(), oldShape.size());
        String keyword = newShape.size() > 0 ? newShape.tupleKeyword() : oldShape.tupleKeyword();
        for (int i = 0; i < count; i++) {
            String at = Json.child(pointer, keyword, Integer.toString(i));
            JsonNode newItem = newShape.at(i);
            JsonNode oldItem = oldShape.at(i);
            if (newItem != null && oldItem != null) {
                diff.compareMember(newItem, oldItem, at, out);
            } else {
                oneSided(
                        newItem != null ? newItem : oldItem,
                        newItem != null,
                        newItem != null ? oldShape : newShape,
                        at,
                        out);
            }
        }
    }

    /** A position only one side names, read against the other side's tail. */
    private void oneSided(JsonNode item, boolean added, ArrayShape other, String at, Set<SchemaChange> out) {
        JsonNode otherTail = other.tail();
        if (Json.isFalse(otherTail)) {
            out.add(position(
                    added ? ITEM_ADDED_TO_CLOSED_CONTENT_MODEL : ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL,
                    item,
                    added,
                    at));
        } else if (Json.isTrue(otherTail) && other.size() > 0) {
            out.add(openPosition(item, added, at));
        } else if (Json.isTrue(otherTail)) {
            plainArrayPosition(item, added, at, out);
        } else {
            diff.compareMember(added ? item : otherTail, added ? otherTail : item, at, out);
        }
    }

    /**
     * A position added to a plain array (no tuple, open items) constrains items old arrays already hold,
     * so it is compared with them like any schema and breaks under LENIENT too when it narrows them;
     * otherwise it stays the open-array kind, which keeps STRICT's verdict. A position removed to leave a
     * plain array is the mirror, so the kinds agree with the forward check, which swaps the two schemas.
     */
    private void plainArrayPosition(JsonNode item, boolean added, String at, Set<SchemaChange> out) {
        Set<SchemaChange> found = new LinkedHashSet<>();
        diff.compareMember(added ? item : Json.TRUE, added ? Json.TRUE : item, at, found);
        if (found.stream()
                .allMatch(c -> (added ? c.kind().backward() : c.kind().forward()).compatibleUnder(Policy.LENIENT))) {
            out.add(openPosition(item, added, at));
        } else {
            out.addAll(found);
        }
    }

    private static SchemaChange openPosition(JsonNode item, boolean added, String at) {
        return position(
                added ? ITEM_ADDED_TO_OPEN_CONTENT_MODEL : ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL, item, added, at);
    }

    private static SchemaChange position(ChangeKind kind, JsonNode item, boolean added, String at) {
        return SchemaChange.of(kind, at, added ? null : item, added ? item : null);
    }

    private void uniqueItems(Set<SchemaChange> out) {
        boolean newUnique = r.path("uniqueItems").asBoolean(false);
        boolean oldUnique = w.path("uniqueItems").asBoolean(false);
        if (newUnique != oldUnique) {
            out.add(SchemaChange.of(
                    newUnique ? UNIQUE_ITEMS_ADDED : UNIQUE_ITEMS_REMOVED,
                    Json.child(pointer, "uniqueItems"),
                    w.get("uniqueItems"),
                    r.get("uniqueItems")));
        }
    }
}
