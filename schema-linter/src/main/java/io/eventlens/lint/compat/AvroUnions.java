package io.eventlens.lint.compat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.Schema.Type;

/** Unions as Avro resolves them, branch by branch (a non-union is one branch). Part of the {@link AvroDiff} walk. */
final class AvroUnions {

    private AvroUnions() {}

    /**
     * Each writer branch needs a reader branch that reads it without a break: the one of the same type and name is
     * tried first, then the rest in order (promotions). When none reads it, the closest of the same type reports why,
     * or the branch was removed. A reader branch that no writer branch maps to, and that no old branch could read
     * either, was added: old readers fail on values of it.
     */
    static void unions(AvroDiff diff, Schema reader, Schema writer, String at, String oldAt) {
        List<Schema> readers = branches(reader);
        List<Schema> writers = branches(writer);
        Set<Integer> used = new HashSet<>();
        for (int k = 0; k < writers.size(); k++) {
            String oldBranchAt = writer.getType() == Type.UNION ? AvroDiff.child(oldAt, Integer.toString(k)) : oldAt;
            int best = bestReader(diff, reader, readers, writers.get(k), at, oldBranchAt);
            if (best < 0) {
                diff.add(ChangeKind.AVRO_UNION_BRANCH_REMOVED, at, diff.oldValue(oldBranchAt), null);
            } else {
                used.add(best);
            }
        }
        for (int i = 0; i < readers.size(); i++) {
            if (!used.contains(i) && !readByOld(diff, readers.get(i), writers)) {
                String branchAt = reader.getType() == Type.UNION ? AvroDiff.child(at, Integer.toString(i)) : at;
                diff.add(ChangeKind.AVRO_UNION_BRANCH_ADDED, branchAt, null, diff.newValue(branchAt));
            }
        }
    }

    /**
     * The reader branch that reads one writer branch, its changes added to the diff; -1 (and nothing added) when no
     * branch reads it and none is of its type and name.
     */
    private static int bestReader(
            AvroDiff diff, Schema reader, List<Schema> readers, Schema written, String at, String oldBranchAt) {
        int best = -1;
        Set<SchemaChange> bestChanges = null;
        for (int i : order(readers, written)) {
            String branchAt = reader.getType() == Type.UNION ? AvroDiff.child(at, Integer.toString(i)) : at;
            Set<SchemaChange> changes = diff.trial(readers.get(i), written, branchAt, oldBranchAt);
            if (changes.stream().allMatch(c -> c.kind().backward() != Effect.BREAKS)) {
                best = i;
                bestChanges = changes;
                break;
            }
            if (bestChanges == null && AvroNamedTypes.sameKind(readers.get(i), written)) {
                best = i;
                bestChanges = changes;
            }
        }
        if (bestChanges != null) {
            diff.addAll(bestChanges);
        }
        return best;
    }

    private static List<Schema> branches(Schema schema) {
        return schema.getType() == Type.UNION ? schema.getTypes() : List.of(schema);
    }

    /** Reader branch indexes, the same type and name first. */
    private static List<Integer> order(List<Schema> readers, Schema written) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < readers.size(); i++) {
            if (AvroNamedTypes.sameKind(readers.get(i), written)) {
                order.add(i);
            }
        }
        for (int i = 0; i < readers.size(); i++) {
            if (!order.contains(i)) {
                order.add(i);
            }
        }
        return order;
    }

    /** Whether some old branch reads a new branch's values (then adding it breaks no old reader). */
    private static boolean readByOld(AvroDiff diff, Schema newBranch, List<Schema> oldBranches) {
        for (Schema old : oldBranches) {
            if (diff.trial(old, newBranch, "", "").stream()
                    .allMatch(c -> c.kind().backward() != Effect.BREAKS)) {
                return true;
            }
        }
        return false;
    }
}
