package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
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
     * A changed {@code if} breaks both ways (values may switch branch). With the same {@code if}, each
     * new branch is compared with the old branch joined to the rest of the old schema, since a branch
     * only ever adds to what the schema around it already demands.
     */
    static void compareConditions(
            SchemaDiff diff, AllOfMerger merger, ObjectNode r, ObjectNode w, String pointer, Set<SchemaChange> out) {
        JsonNode newIf = r.get("if");
        JsonNode oldIf = w.get("if");
        if (newIf == null && oldIf == null) {
            return;
        }
        if (newIf == null || !newIf.equals(oldIf)) {
            out.add(SchemaChange.of(ChangeKind.CONDITION_CHANGED, Json.child(pointer, "if"), oldIf, newIf));
            return;
        }
        ObjectNode oldRest = JsonNodeFactory.instance.objectNode().setAll(w);
        oldRest.remove(List.of("if", "then", "else"));
        for (String branch : new String[] {"then", "else"}) {
            if (r.has(branch) || w.has(branch)) {
                String at = Json.child(pointer, branch);
                JsonNode oldBranch = merger.both(
                        oldRest,
                        w.has(branch) ? w.get(branch) : Json.TRUE,
                        diff.context().writer(),
                        at);
                diff.compare(r.has(branch) ? r.get(branch) : Json.TRUE, oldBranch, at, out);
            }
        }
    }
}
