package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code anyOf} and {@code oneOf} of the new schema: each old case must be accepted by some new
 * alternative (the one at the same index is tried first, so reordering costs nothing). When none accepts
 * it, the closest one of the same type reports its changes (the same index wins a tie), so a changed
 * alternative reports its own changes; when none has its type, the old alternative was removed. Both
 * keywords are read as unions, as the registries do, except that a {@code oneOf} is also checked for
 * alternatives that overlap on every value of an old case ({@link OneOfOverlap}).
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
            out.add(SchemaChange.of(
                    ChangeKind.ALTERNATIVE_ADDED,
                    Json.child(pointer, keyword, Integer.toString(i)),
                    null,
                    alternatives.get(i)));
        }
    }

    /**
     * A switch between anyOf and oneOf matters for values matching several alternatives; when the oneOf's
     * alternatives are disjoint (no value matches two), both mean the same and nothing is reported.
     */
    static void reportExclusiveness(
            ObjectNode r,
            ObjectNode w,
            String oldKeyword,
            DiffContext context,
            AllOfMerger merger,
            String pointer,
            Set<SchemaChange> out) {
        String newKeyword = keywordOf(r);
        if (newKeyword == null || newKeyword.equals(oldKeyword)) {
            return;
        }
        boolean exclusive = newKeyword.equals("oneOf");
        boolean disjoint = exclusive
                ? Disjoint.pairwise(r, newKeyword, context.reader(), merger, pointer)
                : Disjoint.pairwise(w, oldKeyword, context.writer(), merger, pointer);
        if (!disjoint) {
            ChangeKind kind =
                    exclusive ? ChangeKind.ALTERNATIVES_MADE_EXCLUSIVE : ChangeKind.ALTERNATIVES_MADE_INCLUSIVE;
            out.add(SchemaChange.of(kind, Json.child(pointer, newKeyword), null, r.get(newKeyword)));
        }
    }

    /**
     * Each alternative is joined to the rest of the new schema before it is compared with the old case,
     * so keywords both share are no change; a change to such a shared keyword is reported at its own
     * place, not under the alternative. Under {@code oneOf} the search goes on past the accepting
     * alternative until a second one is known to accept every old value too (see {@link OneOfOverlap}),
     * so each alternative is still compared with the old case at most once.
     */
    void compare(ObjectNode r, ObjectNode oldCase, String pointer, Set<SchemaChange> out, CaseOrigin origin) {
        String keyword = keywordOf(r);
        JsonNode alternatives = r.get(keyword);
        ObjectNode base = JsonNodeFactory.instance.objectNode().setAll(r);
        base.remove(keyword);
        boolean exclusive = keyword.equals("oneOf");
        int first = origin.index() >= 0 && origin.index() < alternatives.size() ? origin.index() : 0;
        Trial accepted = null;
        Trial closest = null;
        List<String> acceptingAll = new ArrayList<>();
        List<OneOfOverlap.Candidate> tried = new ArrayList<>();
        for (int n = 0; n < alternatives.size() && (accepted == null || exclusive && acceptingAll.size() < 2); n++) {
            int i = (first + n) % alternatives.size();
            Trial trial = trial(
                    base, alternatives.get(i), oldCase, Json.child(pointer, keyword, Integer.toString(i)), pointer);
            tried.add(new OneOfOverlap.Candidate(trial.at(), trial.schema()));
            if (trial.provesAcceptance()) {
                acceptingAll.add(trial.at());
            }
            if (accepted == null && trial.accepted()) {
                accepted = trial;
            } else if (accepted == null && (closest == null || trial.breaks() < closest.breaks())) {
                closest = trial;
            }
        }
        if (accepted != null) {
            out.addAll(accepted.changes());
        } else if (origin.index() >= 0 && closest != null && closest.breaks() < Long.MAX_VALUE) {
            out.addAll(closest.changes());
        } else {
            out.add(SchemaChange.of(
                    ChangeKind.ALTERNATIVE_REMOVED, Json.child(pointer, keyword), oldCase, alternatives));
        }
        if (exclusive) {
            OneOfOverlap overlap = new OneOfOverlap(diff, merger);
            if (!overlap.report(acceptingAll, oldCase, origin, pointer, out) && accepted != null) {
                overlap.reportOnSomeValues(tried, oldCase, origin, pointer, out);
            }
        }
    }

    /** One new alternative compared with the old case: its changes (placed), and what the comparison shows. */
    private record Trial(
            String at,
            JsonNode schema,
            Set<SchemaChange> changes,
            boolean accepted,
            boolean provesAcceptance,
            long breaks) {}

    private Trial trial(ObjectNode base, JsonNode alternative, ObjectNode oldCase, String at, String pointer) {
        JsonNode resolved = diff.context().reader().resolve(alternative, at);
        JsonNode candidate = merger.both(base, resolved, diff.context().reader(), at);
        Set<SchemaChange> found = new LinkedHashSet<>();
        long assumed = diff.context().assumed();
        boolean accepted = diff.accepts(candidate, oldCase, at, found);
        Set<SchemaChange> placed = place(found, resolved, at, pointer);
        boolean proves = OneOfOverlap.proves(found, diff.context().assumed() != assumed);
        return new Trial(at, candidate, placed, accepted, proves, breaking(placed, at));
    }

    /**
     * How far an alternative is from accepting the old case: its breaking changes, or none at all when its
     * type differs (then it is no candidate: an old alternative that only differently typed ones could take
     * was removed, which says more than a type change at whichever index it had).
     */
    private long breaking(Set<SchemaChange> changes, String at) {
        boolean otherType = changes.stream()
                .anyMatch(
                        c -> c.kind() == ChangeKind.TYPE_CHANGED && c.pointer().equals(at + "/type"));
        return otherType
                ? Long.MAX_VALUE
                : changes.stream()
                        .filter(c -> !c.isBackwardCompatible(diff.context().policy()))
                        .count();
    }

    /** Moves changes of keywords the alternative does not have from under it to the schema around it. */
    private static Set<SchemaChange> place(Set<SchemaChange> changes, JsonNode alternative, String at, String pointer) {
        Set<SchemaChange> placed = new LinkedHashSet<>();
        for (SchemaChange change : changes) {
            String rest =
                    change.pointer().startsWith(at + "/") ? change.pointer().substring(at.length() + 1) : null;
            String keyword = rest == null ? null : rest.split("/", 2)[0];
            boolean own = keyword == null || alternative.isObject() && alternative.has(keyword);
            placed.add(
                    own
                            ? change
                            : SchemaChange.of(
                                    change.kind(), pointer + "/" + rest, change.oldValue(), change.newValue()));
        }
        return placed;
    }
}
