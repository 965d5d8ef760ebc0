package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.ChangeKind.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Numeric bounds, each read as one value plus exclusiveness, whichever draft wrote it: draft-04's
 * {@code minimum} + {@code exclusiveMinimum: true} and draft-06+'s numeric {@code exclusiveMinimum}.
 */
final class Bounds {

    private Bounds() {}

    private record Bound(BigDecimal value, boolean exclusive, String keyword, JsonNode node) {}

    static void compare(ObjectNode r, ObjectNode w, String pointer, Set<SchemaChange> out) {
        compare(
                bound(r, "minimum", "exclusiveMinimum", true, pointer),
                bound(w, "minimum", "exclusiveMinimum", true, pointer),
                true,
                pointer,
                out);
        compare(
                bound(r, "maximum", "exclusiveMaximum", false, pointer),
                bound(w, "maximum", "exclusiveMaximum", false, pointer),
                false,
                pointer,
                out);
    }

    private static void compare(Bound newBound, Bound oldBound, boolean lower, String pointer, Set<SchemaChange> out) {
        if (newBound == null && oldBound == null) {
            return;
        }
        ChangeKind kind;
        if (oldBound == null) {
            kind = lower ? MINIMUM_ADDED : MAXIMUM_ADDED;
        } else if (newBound == null) {
            kind = lower ? MINIMUM_REMOVED : MAXIMUM_REMOVED;
        } else if (newBound.value().compareTo(oldBound.value()) != 0) {
            boolean higher = newBound.value().compareTo(oldBound.value()) > 0;
            kind = lower
                    ? (higher ? MINIMUM_INCREASED : MINIMUM_DECREASED)
                    : (higher ? MAXIMUM_INCREASED : MAXIMUM_DECREASED);
        } else if (newBound.exclusive() != oldBound.exclusive()) {
            kind = lower
                    ? (newBound.exclusive() ? MINIMUM_MADE_EXCLUSIVE : MINIMUM_MADE_INCLUSIVE)
                    : (newBound.exclusive() ? MAXIMUM_MADE_EXCLUSIVE : MAXIMUM_MADE_INCLUSIVE);
        } else {
            return;
        }
        String keyword = newBound != null ? newBound.keyword() : oldBound.keyword();
        out.add(SchemaChange.of(
                kind,
                Json.child(pointer, keyword),
                oldBound == null ? null : oldBound.node(),
                newBound == null ? null : newBound.node()));
    }

    /** The tighter of the inclusive and the (numeric) exclusive bound; draft-04's boolean form included. */
    private static Bound bound(
            ObjectNode schema, String inclusiveKeyword, String exclusiveKeyword, boolean lower, String pointer) {
        BigDecimal inclusive = Json.number(schema, inclusiveKeyword, pointer);
        boolean legacyExclusive = schema.path(exclusiveKeyword).isBoolean()
                && schema.get(exclusiveKeyword).booleanValue();
        BigDecimal exclusive =
                schema.path(exclusiveKeyword).isBoolean() ? null : Json.number(schema, exclusiveKeyword, pointer);
        Bound a = inclusive == null
                ? null
                : new Bound(inclusive, legacyExclusive, inclusiveKeyword, schema.get(inclusiveKeyword));
        Bound b = exclusive == null ? null : new Bound(exclusive, true, exclusiveKeyword, schema.get(exclusiveKeyword));
        if (a == null || b == null) {
            return a != null ? a : b;
        }
        int order = a.value().compareTo(b.value());
        if (order == 0) {
            return b;
        }
        return (order > 0) == lower ? a : b;
    }
}
