package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code oneOf} accepts a value only when exactly one alternative does. When two or more new alternatives
 * each accept every value of an old case, every such value matches both and the new {@code oneOf} rejects
 * it: {@link ChangeKind#ONE_OF_ALTERNATIVES_OVERLAP}.
 *
 * <p>Only a whole old case is decided. An alternative "accepts every value" when the engine's own comparison
 * of it with the case finds nothing that breaks under {@link Policy#LENIENT}, under either policy: LENIENT's
 * values (those carrying only declared properties) are old values under STRICT too, and each one is rejected,
 * so the break is real under both; reading it under STRICT would only hide it behind STRICT-only findings. An
 * alternative whose comparison counted a recursive pair as compatible unseen proves nothing. Overlaps on part
 * of the old values (some match two alternatives, some one) are not decided and not guessed.
 */
final class OneOfOverlap {

    private final SchemaDiff diff;
    private final AllOfMerger merger;

    OneOfOverlap(SchemaDiff diff, AllOfMerger merger) {
        this.diff = diff;
        this.merger = merger;
    }

    /**
     * Whether a comparison of an alternative with an old case proves the alternative accepts every old
     * value: no change breaks under LENIENT, and no recursive pair was assumed compatible on the way.
     */
    static boolean proves(Set<SchemaChange> changes, boolean assumedRecursion) {
        return !assumedRecursion && changes.stream().allMatch(c -> c.isBackwardCompatible(Policy.LENIENT));
    }

    /** Reports the overlap when two or more new alternatives (their pointers) accept every value of the old case. */
    void report(List<String> acceptingAll, ObjectNode oldCase, CaseOrigin origin, String pointer, Set<SchemaChange> out) {
        if (acceptingAll.size() < 2 || rejectedByOldOneOf(oldCase, origin, pointer)) {
            return;
        }
        ArrayNode alternatives = JsonNodeFactory.instance.arrayNode();
        acceptingAll.forEach(alternatives::add);
        out.add(SchemaChange.of(ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP, Json.child(pointer, "oneOf"), oldCase, alternatives));
    }

    /**
     * Whether the old schema never produced the case's values: it is an alternative of an old {@code oneOf}
     * and another alternative there accepts all of it, so the old {@code oneOf} already rejected each of them
     * (identical versions with overlapping alternatives are no change). Only asked once an overlap is found.
     */
    private boolean rejectedByOldOneOf(ObjectNode oldCase, CaseOrigin origin, String pointer) {
        if (!origin.exclusive()) {
            return false;
        }
        SchemaDocument old = diff.context().writer();
        SchemaDiff withinOld = new SchemaDiff(diff.context().withinWriter());
        JsonNode siblings = origin.split().get("oneOf");
        ObjectNode base = JsonNodeFactory.instance.objectNode().setAll(origin.split());
        base.remove("oneOf");
        for (int j = 0; j < siblings.size(); j++) {
            if (j == origin.index()) {
                continue;
            }
            String at = Json.child(pointer, "oneOf", Integer.toString(j));
            JsonNode sibling = merger.both(base, old.resolve(siblings.get(j), at), old, at);
            Set<SchemaChange> found = new LinkedHashSet<>();
            withinOld.compare(sibling, oldCase, at, found);
            if (found.stream().allMatch(c -> c.isBackwardCompatible(Policy.LENIENT))) {
                return true;
            }
        }
        return false;
    }
}
