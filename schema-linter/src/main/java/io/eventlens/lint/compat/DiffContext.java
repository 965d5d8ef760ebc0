package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

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
    private final long[] regexReads = new long[1];
    private final Set<Pair> inProgress = new HashSet<>();
    private int depth;

    DiffContext(Policy policy, SchemaDocument reader, SchemaDocument writer) {
        this(policy, reader, writer, new long[1]);
    }

    private DiffContext(Policy policy, SchemaDocument reader, SchemaDocument writer, long[] steps) {
        this.policy = policy;
        this.reader = reader;
        this.writer = writer;
        this.steps = steps;
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
        return new DiffContext(policy, writer, reader, steps);
    }

    /** Enters one level; false when this pair is already being compared further up (a recursive schema). */
    boolean enter(JsonNode newSchema, JsonNode oldSchema, String pointer) {
        if (++steps[0] > MAX_STEPS) {
            throw new SchemaComparisonException("comparison stopped after " + MAX_STEPS + " steps at '" + pointer
                    + "': the schemas combine too many alternatives to compare; simplify anyOf/oneOf nesting", pointer);
        }
        if (depth >= MAX_DEPTH) {
            throw new SchemaComparisonException("schema nesting deeper than " + MAX_DEPTH + " levels at '"
                    + pointer + "'; at most " + MAX_DEPTH + " levels are compared", pointer);
        }
        if (!inProgress.add(new Pair(newSchema, oldSchema))) {
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
