package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * State of one comparison: the policy, which document is read as "new" (the reader) and "old" (the
 * writer), the pairs being compared (so recursive {@code $ref}s end), and the work bounds.
 */
final class DiffContext {

    static final int MAX_DEPTH = 200;
    static final long MAX_STEPS = 500_000;

    private final Policy policy;
    private final SchemaDocument reader;
    private final SchemaDocument writer;
    private final long[] steps;
    private final long[] assumed;
    private final long[] regexReads = new long[1];
    private final long[] exampleNanos;
    private final Map<Pair, Integer> inProgress = new HashMap<>();
    private int depth;
    private int memberDepth;

    /** Time one comparison may spend building and validating oneOf examples ({@link OneOfOverlap}), in all. */
    static final long EXAMPLE_BUDGET_NANOS = 1_000_000_000L;

    DiffContext(Policy policy, SchemaDocument reader, SchemaDocument writer) {
        this(policy, reader, writer, new long[1], new long[1], new long[] {EXAMPLE_BUDGET_NANOS});
    }

    private DiffContext(
            Policy policy,
            SchemaDocument reader,
            SchemaDocument writer,
            long[] steps,
            long[] assumed,
            long[] exampleNanos) {
        this.policy = policy;
        this.reader = reader;
        this.writer = writer;
        this.steps = steps;
        this.assumed = assumed;
        this.exampleNanos = exampleNanos;
    }

    /**
     * What is left of the time for oneOf examples, shared by the whole comparison (swapped and within-writer
     * contexts included), so hostile patterns under many oneOfs cannot add up to a hang.
     */
    long[] exampleNanos() {
        return exampleNanos;
    }

    /** Character reads of all property-name matches so far, shared by the whole comparison. */
    long[] regexReads() {
        return regexReads;
    }

    Policy policy() {
        return policy;
    }

    SchemaDocument reader() {
        return reader;
    }

    SchemaDocument writer() {
        return writer;
    }

    /** The same comparison with reader and writer swapped (for {@code not}), sharing the step budget. */
    DiffContext swapped() {
        return new DiffContext(policy, writer, reader, steps, assumed, exampleNanos);
    }

    /** The old document compared with itself (one old alternative against another), sharing the budget. */
    DiffContext withinWriter() {
        return new DiffContext(policy, writer, writer, steps, assumed, exampleNanos);
    }

    /**
     * How many times so far a pair was met again while being compared, about the same value (no member
     * entered in between), and counted compatible unseen. A comparison during which this grows leaned on
     * that assumption instead of proving its answer. A pair met again inside a member of the value is
     * ordinary recursion and not counted: induction over the finite value justifies it.
     */
    long assumed() {
        return assumed[0];
    }

    /** Enters the schemas of a member (a property's value, an array item) of the value being compared. */
    void enterMember() {
        memberDepth++;
    }

    void exitMember() {
        memberDepth--;
    }

    /** Enters one level; false when this pair is already being compared further up (a recursive schema). */
    boolean enter(JsonNode newSchema, JsonNode oldSchema, String pointer) {
        if (++steps[0] > MAX_STEPS) {
            throw new SchemaComparisonException(
                    "comparison stopped after " + MAX_STEPS + " steps at '" + pointer
                            + "': the schemas combine too many alternatives to compare; simplify anyOf/oneOf nesting",
                    pointer);
        }
        if (depth >= MAX_DEPTH) {
            throw new SchemaComparisonException(
                    "schema nesting deeper than " + MAX_DEPTH + " levels at '" + pointer + "'; at most " + MAX_DEPTH
                            + " levels are compared",
                    pointer);
        }
        Integer metAtMember = inProgress.putIfAbsent(new Pair(newSchema, oldSchema), memberDepth);
        if (metAtMember != null) {
            if (metAtMember == memberDepth) {
                assumed[0]++;
            }
            return false;
        }
        depth++;
        return true;
    }

    void exit(JsonNode newSchema, JsonNode oldSchema) {
        depth--;
        inProgress.remove(new Pair(newSchema, oldSchema));
    }

    /** Two schema nodes compared by identity: the same places in the two documents. */
    private record Pair(JsonNode newSchema, JsonNode oldSchema) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Pair that && that.newSchema == newSchema && that.oldSchema == oldSchema;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(newSchema) + System.identityHashCode(oldSchema);
        }
    }
}
