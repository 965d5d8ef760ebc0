package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code anyOf} and {@code oneOf} of the new schema: each old case must be accepted by some new
 * alternative (the one at the same index is tried first, so reordering costs nothing). When none accepts
 * it, the closest one of the same type reports its changes (the same index wins a tie), so a changed
 * alternative reports its own changes; when none has its type, the old alternative was removed. Both
 * keywords are read as unions, as the registries do.
 */
final class Alternatives {

    private static final String[] KEYWORDS = {"anyOf", "oneOf"};

    private final SchemaDiff diff;
    private final AllOfMerger merger;

    Alternatives(SchemaDiff diff, AllOfMerger merger) {
        this.diff = diff;
        this.merger = merger;
    }

    /** The first of anyOf/oneOf the schema uses as a non-empty array, or null. */
    static String keywordOf(ObjectNode schema) {
        for (String keyword : KEYWORDS) {
            JsonNode alternatives = schema.get(keyword);
            if (alternatives != null && alternatives.isArray() && alternatives.size() > 0) {
                return keyword;
            }
        }
        return null;
    }

    /** New alternatives past the old ones' count under the same keyword widen the schema. */
    static void reportAdded(ObjectNode r, String keyword, int oldCount, String pointer, Set<SchemaChange> out) {
        JsonNode alternatives = r.get(keyword);
        if (alternatives == null || !alternatives.isArray()) {
            return;
        }
        for (int i = oldCount; i < alternatives.size(); i++) {
            out.add(SchemaChange.of(ChangeKind.ALTERNATIVE_ADDED, Json.child(pointer, keyword, Integer.toString(i)),
                    null, alternatives.get(i)));
        }
    }

    /** A switch between anyOf and oneOf matters for values matching several alternatives. */
    static void reportExclusiveness(ObjectNode r, String oldKeyword, String pointer, Set<SchemaChange> out) {
        String newKeyword = keywordOf(r);
        if (newKeyword != null && !newKeyword.equals(oldKeyword)) {
            ChangeKind kind = newKeyword.equals("oneOf") ? ChangeKind.ALTERNATIVES_MADE_EXCLUSIVE
                    : ChangeKind.ALTERNATIVES_MADE_INCLUSIVE;
            out.add(SchemaChange.of(kind, Json.child(pointer, newKeyword), null, r.get(newKeyword)));
        }
    }

    /**
     * Each alternative is joined to the rest of the new schema before it is compared with the old case,
     * so keywords both share are no change; a change to such a shared keyword is reported at its own
     * place, not under the alternative.
     */
    void compare(ObjectNode r, ObjectNode oldCase, String pointer, Set<SchemaChange> out, int preferred) {
        String keyword = keywordOf(r);
        JsonNode alternatives = r.get(keyword);
        ObjectNode base = JsonNodeFactory.instance.objectNode().setAll(r);
        base.remove(keyword);
        int first = preferred >= 0 && preferred < alternatives.size() ? preferred : 0;
        Set<SchemaChange> closest = null;
        long closestBreaks = Long.MAX_VALUE;
        for (int n = 0; n < alternatives.size(); n++) {
            int i = (first + n) % alternatives.size();
            String at = Json.child(pointer, keyword, Integer.toString(i));
            JsonNode alternative = diff.context().reader().resolve(alternatives.get(i), at);
            JsonNode candidate = merger.both(base, alternative, diff.context().reader(), at);
            Set<SchemaChange> found = new LinkedHashSet<>();
            boolean accepted = diff.accepts(candidate, oldCase, at, found);
            Set<SchemaChange> placed = place(found, alternative, at, pointer);
            if (accepted) {
                out.addAll(placed);
                return;
            }
            long breaks = breaking(placed, at);
            if (breaks < closestBreaks) {
                closest = placed;
                closestBreaks = breaks;
            }
        }
        if (preferred >= 0 && closest != null) {
            out.addAll(closest);
        } else {
            out.add(SchemaChange.of(ChangeKind.ALTERNATIVE_REMOVED, Json.child(pointer, keyword), oldCase, alternatives));
        }
    }

    /**
     * How far an alternative is from accepting the old case: its breaking changes, or none at all when its
     * type differs (then it is no candidate: an old alternative that only differently typed ones could take
     * was removed, which says more than a type change at whichever index it had).
     */
    private long breaking(Set<SchemaChange> changes, String at) {
        boolean otherType = changes.stream().anyMatch(c -> c.kind() == ChangeKind.TYPE_CHANGED
                && c.pointer().equals(at + "/type"));
        return otherType ? Long.MAX_VALUE
                : changes.stream().filter(c -> !c.isBackwardCompatible(diff.context().policy())).count();
    }

    /** Moves changes of keywords the alternative does not have from under it to the schema around it. */
    private static Set<SchemaChange> place(Set<SchemaChange> changes, JsonNode alternative, String at, String pointer) {
        Set<SchemaChange> placed = new LinkedHashSet<>();
        for (SchemaChange change : changes) {
            String rest = change.pointer().startsWith(at + "/") ? change.pointer().substring(at.length() + 1) : null;
            String keyword = rest == null ? null : rest.split("/", 2)[0];
            boolean own = keyword == null || alternative.isObject() && alternative.has(keyword);
            placed.add(own ? change : SchemaChange.of(change.kind(), pointer + "/" + rest, change.oldValue(), change.newValue()));
        }
        return placed;
    }
}
