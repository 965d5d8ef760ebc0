package io.eventlens.lint.compat;

import static io.eventlens.lint.compat.ChangeKind.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code contains} with {@code minContains}/{@code maxContains} (2019-09+, dropped for older drafts before this
 * runs): the number of items matching the contains schema must lie between the two, 1 and unbounded by default. No
 * contains, or a minContains of 0 without a maxContains, constrains nothing.
 */
final class ContainsDiff {

    private final SchemaDiff diff;
    private final String pointer;

    private record Count(JsonNode schema, BigDecimal min, BigDecimal max) {
        boolean constrains() {
            return schema != null && (min.signum() > 0 || max != null);
        }
    }

    ContainsDiff(SchemaDiff diff, String pointer) {
        this.diff = diff;
        this.pointer = pointer;
    }

    void compare(ObjectNode r, ObjectNode w, Set<SchemaChange> out) {
        Count next = count(r);
        Count old = count(w);
        String at = Json.child(pointer, "contains");
        if (!old.constrains() && next.constrains()) {
            out.add(
                    next.min().signum() > 0
                            ? SchemaChange.of(CONTAINS_ADDED, at, null, next.schema())
                            : SchemaChange.of(
                                    MAX_CONTAINS_ADDED,
                                    Json.child(pointer, "maxContains"),
                                    null,
                                    r.get("maxContains")));
        } else if (old.constrains() && !next.constrains()) {
            out.add(
                    old.min().signum() > 0
                            ? SchemaChange.of(CONTAINS_REMOVED, at, old.schema(), null)
                            : SchemaChange.of(
                                    MAX_CONTAINS_REMOVED,
                                    Json.child(pointer, "maxContains"),
                                    w.get("maxContains"),
                                    null));
        } else if (old.constrains()) {
            both(r, w, next, old, at, out);
        }
    }

    private void both(ObjectNode r, ObjectNode w, Count next, Count old, String at, Set<SchemaChange> out) {
        if (next.min().signum() > 0) {
            diff.compareMember(next.schema(), old.schema(), at, out); // the new schema must match what matched
        }
        if (next.max() != null && !matchesNoMore(next.schema(), old.schema(), at)) {
            out.add(SchemaChange.of(CONTAINS_SCHEMA_WIDENED_UNDER_MAX_CONTAINS, at, old.schema(), next.schema()));
        }
        int minOrder = next.min().compareTo(old.min());
        if (minOrder != 0) {
            out.add(SchemaChange.of(
                    minOrder > 0 ? MIN_CONTAINS_INCREASED : MIN_CONTAINS_DECREASED,
                    Json.child(pointer, "minContains"),
                    w.path("minContains").isMissingNode() ? null : w.get("minContains"),
                    r.path("minContains").isMissingNode() ? null : r.get("minContains")));
        }
        Limits.compare(
                r,
                w,
                "maxContains",
                pointer,
                out,
                MAX_CONTAINS_ADDED,
                MAX_CONTAINS_REMOVED,
                MAX_CONTAINS_INCREASED,
                MAX_CONTAINS_DECREASED);
    }

    /** Whether every item the new contains schema matches was matched by the old one, so no count grows. */
    private boolean matchesNoMore(JsonNode newSchema, JsonNode oldSchema, String at) {
        Set<SchemaChange> ignored = new LinkedHashSet<>();
        return new SchemaDiff(diff.context().swapped()).accepts(oldSchema, newSchema, at, ignored);
    }

    private Count count(ObjectNode schema) {
        JsonNode contains = schema.get("contains");
        BigDecimal min = Json.number(schema, "minContains", pointer);
        BigDecimal max = Json.number(schema, "maxContains", pointer);
        return new Count(contains, contains == null ? BigDecimal.ZERO : min == null ? BigDecimal.ONE : min, max);
    }
}
