package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** {@code not} and {@code if}/{@code then}/{@code else}. */
final class Logic {

    private Logic() {}

    /**
     * Under {@code not}, inclusion flips: the new schema accepts all old values when the new excluded set
     * lies inside the old one, i.e. when the old {@code not} schema, read as the new one, accepts it.
     */
    static void compareNot(SchemaDiff diff, ObjectNode r, ObjectNode w, String pointer, Set<SchemaChange> out) {
        JsonNode newNot = r.get("not");
        JsonNode oldNot = w.get("not");
        String at = Json.child(pointer, "not");
        if (newNot == null || oldNot == null) {
            if (newNot != null || oldNot != null) {
                out.add(SchemaChange.of(
                        newNot != null ? ChangeKind.NOT_ADDED : ChangeKind.NOT_REMOVED, at, oldNot, newNot));
            }
            return;
        }
        Set<SchemaChange> ignored = new LinkedHashSet<>();
        boolean excludesNoMore = new SchemaDiff(diff.context().swapped()).accepts(oldNot, newNot, at, ignored);
        boolean excludesNoLess = diff.accepts(newNot, oldNot, at, ignored);
        if (excludesNoMore && excludesNoLess) {
            return;
        }
        ChangeKind kind = excludesNoMore
                ? ChangeKind.NOT_SCHEMA_NARROWED
                : excludesNoLess ? ChangeKind.NOT_SCHEMA_WIDENED : ChangeKind.NOT_SCHEMA_CHANGED;
        out.add(SchemaChange.of(kind, at, oldNot, newNot));
    }

    /**
     * A changed {@code if} breaks both ways (values may switch branch); an {@code if} that accepts the same values
     * written another way is the same. With the same {@code if}, each new branch joined to the rest of the new schema
     * is compared with the old branch joined to the rest of the old one, since a branch only ever adds to what the
     * schema around it already demands.
     */
    static void compareConditions(
            SchemaDiff diff, AllOfMerger merger, ObjectNode r, ObjectNode w, String pointer, Set<SchemaChange> out) {
        JsonNode newIf = r.get("if");
        JsonNode oldIf = w.get("if");
        if (newIf == null && oldIf == null) {
            return;
        }
        String at = Json.child(pointer, "if");
        if (newIf == null || oldIf == null || !newIf.equals(oldIf) && !sameCondition(diff, newIf, oldIf, at)) {
            out.add(SchemaChange.of(ChangeKind.CONDITION_CHANGED, at, oldIf, newIf));
            return;
        }
        for (String branch : new String[] {"then", "else"}) {
            if (r.has(branch) || w.has(branch)) {
                String branchAt = Json.child(pointer, branch);
                JsonNode newBranch = withRest(merger, r, branch, diff.context().reader(), branchAt);
                JsonNode oldBranch = withRest(merger, w, branch, diff.context().writer(), branchAt);
                Set<SchemaChange> found = new LinkedHashSet<>();
                diff.compare(newBranch, oldBranch, branchAt, found);
                found.stream()
                        .filter(c -> !reportedOutside(c, branchAt, pointer, out))
                        .forEach(out::add);
            }
        }
    }

    /** A change of the rest of the schema, found again inside the branch joined to it, is reported once. */
    private static boolean reportedOutside(
            SchemaChange change, String branchAt, String pointer, Set<SchemaChange> out) {
        if (!change.pointer().startsWith(branchAt)) {
            return false;
        }
        String outside = pointer + change.pointer().substring(branchAt.length());
        return out.stream()
                .anyMatch(c -> c.kind() == change.kind()
                        && c.pointer().equals(outside)
                        && Objects.equals(c.oldValue(), change.oldValue())
                        && Objects.equals(c.newValue(), change.newValue()));
    }

    private static boolean sameCondition(SchemaDiff diff, JsonNode newIf, JsonNode oldIf, String at) {
        Set<SchemaChange> found = new LinkedHashSet<>();
        diff.compare(newIf, oldIf, at, found);
        new SchemaDiff(diff.context().swapped()).compare(oldIf, newIf, at, found);
        return found.isEmpty();
    }

    private static JsonNode withRest(
            AllOfMerger merger, ObjectNode schema, String branch, SchemaDocument side, String at) {
        ObjectNode rest = JsonNodeFactory.instance.objectNode().setAll(schema);
        rest.remove(List.of("if", "then", "else"));
        return merger.both(rest, schema.has(branch) ? schema.get(branch) : Json.TRUE, side, at);
    }
}
