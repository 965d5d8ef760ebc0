package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.lint.payload.PayloadValidator;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * alternative whose comparison counted a recursive pair as compatible unseen proves nothing.
 *
 * <p>Overlaps on part of the old values (some match two alternatives, some one) are found by example: for each
 * pair of new alternatives a small value meant to satisfy the old case and both of them is built ({@link Witness})
 * and validated (networknt) against the whole old schema at that place and each of the two alternatives. Only
 * a value all three accept is reported ({@link ChangeKind#ONE_OF_ALTERNATIVES_OVERLAP_PARTLY}, the value
 * named): no guess is ever reported. Schemas that cannot be copied out of their document ({@link Inliner})
 * and pairs the builder gets wrong (patterns are not solved) stay undecided, as do pairs left when the comparison's
 * time for examples ({@link DiffContext#EXAMPLE_BUDGET_NANOS}, all oneOfs together) has run out.
 */
final class OneOfOverlap {

    /** Past this many new alternatives the pairwise search is not run (pairs grow with the square). */
    static final int MAX_ALTERNATIVES = 12;
    /** Schema nodes a recursive schema may unfold into for the example builder. */
    private static final int UNFOLD_BUDGET = 5_000;

    private static final PayloadValidator VALIDATOR = new PayloadValidator(Duration.ofMillis(100));

    /** A new alternative joined to the rest of the new schema, at its pointer. */
    record Candidate(String at, JsonNode schema) {}

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

    /**
     * Reports the overlap when two or more new alternatives (their pointers) accept every value of the old case;
     * says whether they did (then the case is decided, reported or not).
     */
    boolean report(
            List<String> acceptingAll, ObjectNode oldCase, CaseOrigin origin, String pointer, Set<SchemaChange> out) {
        if (acceptingAll.size() < 2) {
            return false;
        }
        if (!rejectedByOldOneOf(oldCase, origin, pointer)) {
            ArrayNode alternatives = JsonNodeFactory.instance.arrayNode();
            acceptingAll.forEach(alternatives::add);
            out.add(SchemaChange.of(
                    ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP, Json.child(pointer, "oneOf"), oldCase, alternatives));
        }
        return true;
    }

    /**
     * Looks for one old value of the case that two new alternatives both accept, and reports the first found.
     * Only values carrying declared properties count, under either policy: such a value is an old value under
     * LENIENT's premise too, so the break is real under both (as for whole-case overlaps).
     */
    void reportOnSomeValues(
            List<Candidate> alternatives,
            ObjectNode oldCase,
            CaseOrigin origin,
            String pointer,
            Set<SchemaChange> out) {
        if (alternatives.size() < 2 || alternatives.size() > MAX_ALTERNATIVES) {
            return;
        }
        Optional<JsonNode> caseSchema = Inliner.of(oldCase, diff.context().writer(), pointer);
        Optional<JsonNode> wholeOld = Inliner.of(origin.whole(), diff.context().writer(), pointer);
        if (caseSchema.isEmpty() || wholeOld.isEmpty() || diff.context().exampleNanos()[0] <= 0) {
            return;
        }
        List<Optional<JsonNode>> inlined = alternatives.stream()
                .map(a -> Inliner.of(a.schema(), diff.context().reader(), a.at()))
                .toList();
        long[] budget = diff.context().exampleNanos();
        long start = System.nanoTime();
        try {
            search(alternatives, inlined, caseSchema.get(), wholeOld.get(), budget, start, pointer, out);
        } catch (StackOverflowError tooDeep) {
            // a schema nested past what the example builder can walk: undecided, as any other miss
        } finally {
            budget[0] -= System.nanoTime() - start;
        }
    }

    private void search(
            List<Candidate> alternatives,
            List<Optional<JsonNode>> inlined,
            JsonNode caseSchema,
            JsonNode wholeOld,
            long[] budget,
            long start,
            String pointer,
            Set<SchemaChange> out) {
        PayloadValidator.PreparedSchema old = VALIDATOR.prepare(wholeOld);
        PayloadValidator.PreparedSchema[] prepared = new PayloadValidator.PreparedSchema[alternatives.size()];
        Map<Integer, JsonNode> unfoldedBy = new HashMap<>();
        for (int i = 0; i < alternatives.size(); i++) {
            for (int j = i + 1; j < alternatives.size(); j++) {
                if (System.nanoTime() - start > budget[0]) {
                    return;
                }
                if (inlined.get(i).isEmpty() || inlined.get(j).isEmpty()) {
                    continue;
                }
                Optional<JsonNode> value = Witness.of(List.of(
                        unfolded(unfoldedBy, -1, caseSchema),
                        unfolded(unfoldedBy, i, inlined.get(i).get()),
                        unfolded(unfoldedBy, j, inlined.get(j).get())));
                if (value.isEmpty() || !declaredOnly(value.get(), caseSchema)) {
                    continue;
                }
                if (old.validate(value.get()).valid()
                        && accepts(prepared, inlined, i, value.get())
                        && accepts(prepared, inlined, j, value.get())) {
                    ArrayNode both = JsonNodeFactory.instance.arrayNode();
                    List.of(alternatives.get(i).at(), alternatives.get(j).at()).stream()
                            .sorted(OneOfOverlap::byIndex)
                            .forEach(both::add);
                    out.add(SchemaChange.of(
                            ChangeKind.ONE_OF_ALTERNATIVES_OVERLAP_PARTLY,
                            Json.child(pointer, "oneOf"),
                            value.get(),
                            both));
                    return;
                }
            }
        }
    }

    /** A schema with its kept references unfolded for the example builder, once per schema (-1: the old case). */
    private static JsonNode unfolded(Map<Integer, JsonNode> cache, int index, JsonNode schema) {
        return cache.computeIfAbsent(index, k -> Inliner.unfolded(schema, UNFOLD_BUDGET));
    }

    private static int byIndex(String a, String b) {
        return Integer.compare(
                Integer.parseInt(a.substring(a.lastIndexOf('/') + 1)),
                Integer.parseInt(b.substring(b.lastIndexOf('/') + 1)));
    }

    private static boolean accepts(
            PayloadValidator.PreparedSchema[] prepared, List<Optional<JsonNode>> inlined, int i, JsonNode value) {
        if (prepared[i] == null) {
            prepared[i] = VALIDATOR.prepare(inlined.get(i).get());
        }
        return prepared[i].validate(value).valid();
    }

    /**
     * Whether every object member in {@code value} is a property the schema (or a member of its allOf) declares;
     * references kept by {@link Inliner} are followed within {@code root}, the copied schema.
     */
    static boolean declaredOnly(JsonNode value, JsonNode schema) {
        return declaredOnly(value, schema, schema, 0);
    }

    private static boolean declaredOnly(JsonNode value, JsonNode schema, JsonNode root, int depth) {
        if (!value.isObject()) {
            return true;
        }
        for (Iterator<Map.Entry<String, JsonNode>> members = value.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            JsonNode declared = declaration(schema, member.getKey(), root, depth);
            if (declared == null || !declaredOnly(member.getValue(), declared, root, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode declaration(JsonNode schema, String name, JsonNode root, int depth) {
        JsonNode target = schema;
        for (int hop = 0;
                hop < 32
                        && target.path("$ref").isTextual()
                        && target.get("$ref").asText().startsWith("#/");
                hop++) {
            target = root.at(target.get("$ref").asText().substring(1));
        }
        if (depth > 64) {
            return null;
        }
        JsonNode own = target.path("properties").get(name);
        if (own != null) {
            return own;
        }
        for (JsonNode member : target.path("allOf")) {
            JsonNode found = declaration(member, name, root, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
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
