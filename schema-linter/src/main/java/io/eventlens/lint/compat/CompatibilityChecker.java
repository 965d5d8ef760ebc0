package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.load.LimitExceededException;
import io.eventlens.catalog.load.ParseLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks schema versions for compatibility: JSON Schema (draft-04 to 2020-12) under one {@link Policy}, or Avro
 * ({@link SchemaLanguage#AVRO}, where the policy does not apply).
 *
 * <p>Everything derives from {@link #backwardDifferences}: can the new schema read every value the old
 * one accepts? A forward check is the same call with the arguments swapped; a transitive mode repeats it
 * against every earlier version instead of the latest one only. Thread-safe and stateless apart from
 * the policy.
 *
 * <pre>{@code
 * CompatibilityVerdict verdict = new CompatibilityChecker(Policy.STRICT)
 *         .check(Mode.BACKWARD, List.of(v1, v2, v3));
 * System.exit(verdict.exitCode());
 * }</pre>
 */
public final class CompatibilityChecker {

    private final Policy policy;
    private final SchemaLanguage language;
    private final Draft assumedDraft;
    private final ParseLimits limits;

    /** A checker of JSON Schema versions. */
    public CompatibilityChecker(Policy policy) {
        this(policy, SchemaLanguage.JSON_SCHEMA);
    }

    public CompatibilityChecker(Policy policy, SchemaLanguage language) {
        this(policy, language, null, ParseLimits.defaults());
    }

    private CompatibilityChecker(Policy policy, SchemaLanguage language, Draft assumedDraft, ParseLimits limits) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.language = Objects.requireNonNull(language, "language");
        this.assumedDraft = assumedDraft;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * The same checker holding to {@code limits} ({@link ParseLimits#maxRefExpansions()} per comparison of two
     * schemas, {@link ParseLimits#maxChanges()} per check) instead of {@link ParseLimits#defaults()}. Past either,
     * {@link #check} throws a {@link LimitExceededException} naming it.
     */
    public CompatibilityChecker limitedBy(ParseLimits limits) {
        return new CompatibilityChecker(policy, language, assumedDraft, limits);
    }

    /** The same checker (policy, assumed draft, limits) for schemas in {@code other}. */
    public CompatibilityChecker reading(SchemaLanguage other) {
        return new CompatibilityChecker(policy, other, assumedDraft, limits);
    }

    /** The limits this checker holds to. */
    public ParseLimits limits() {
        return limits;
    }

    /**
     * The same checker reading a JSON Schema that declares no {@code $schema} under {@code draft}, only its keywords;
     * a declared {@code $schema} still decides its own. Without this, such a schema is read as {@link Draft#ASSUMED},
     * with the keywords later drafts added compared too.
     */
    public CompatibilityChecker assuming(Draft draft) {
        return new CompatibilityChecker(policy, language, Objects.requireNonNull(draft, "draft"), limits);
    }

    /** The draft a JSON Schema without {@code $schema} is read under, when one was assumed. */
    public Optional<Draft> assumedDraft() {
        return Optional.ofNullable(assumedDraft);
    }

    public Policy policy() {
        return policy;
    }

    public SchemaLanguage language() {
        return language;
    }

    /**
     * Checks the newest version (last) against the earlier ones as the mode requires.
     *
     * @param versionsOldestFirst at least one schema; a single version, or mode NONE, is compatible
     * @return never null; bad or hostile input gives {@link NotComparable} naming the problem
     * @throws LimitExceededException when the comparison follows more {@code $ref}s than the limits allow, or finds
     *     more changes: the check stops there, and says nothing about compatibility
     */
    public CompatibilityVerdict check(Mode mode, List<JsonNode> versionsOldestFirst) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(versionsOldestFirst, "versionsOldestFirst");
        if (versionsOldestFirst.isEmpty()) {
            return new NotComparable("no schema versions given; pass at least one, oldest first", "", -1);
        }
        int latest = versionsOldestFirst.size() - 1;
        List<Finding> findings = new ArrayList<>();
        int first = mode.transitive() ? 0 : Math.max(0, latest - 1);
        for (int earlier = first; earlier < latest && mode != Mode.NONE; earlier++) {
            try {
                collect(mode, versionsOldestFirst.get(earlier), versionsOldestFirst.get(latest), earlier, findings);
            } catch (SchemaComparisonException e) {
                return new NotComparable(e.getMessage(), e.pointer(), earlier);
            }
            if (findings.size() > limits.maxChanges()) {
                throw limits.exceeded(
                        ParseLimits.Limit.CHANGES,
                        findings.size(),
                        "comparing version " + (earlier + 1) + " with the newest");
            }
        }
        List<Finding> breaking = findings.stream()
                .filter(f -> !f.change().isBackwardCompatible(policy))
                .toList();
        return breaking.isEmpty()
                ? new Compatible(mode, policy, findings)
                : new Incompatible(mode, policy, breaking, findings);
    }

    private void collect(Mode mode, JsonNode earlier, JsonNode newest, int index, List<Finding> findings) {
        if (mode.checksBackward()) {
            backwardDifferences(earlier, newest).forEach(c -> findings.add(new Finding(index, Direction.BACKWARD, c)));
        }
        if (mode.checksForward()) {
            backwardDifferences(newest, earlier).forEach(c -> findings.add(new Finding(index, Direction.FORWARD, c)));
        }
    }

    /**
     * Every change from {@code old} to {@code updated}, read as "can {@code updated} accept every value
     * {@code old} accepts?". Each change says whether it breaks that under either policy.
     *
     * @throws SchemaComparisonException for input that cannot be compared, naming the value and place
     */
    public List<SchemaChange> backwardDifferences(JsonNode old, JsonNode updated) {
        if (language == SchemaLanguage.AVRO) {
            return AvroDiff.backwardDifferences(old, updated);
        }
        RefBudget refs = new RefBudget(limits);
        SchemaDocument writer = new SchemaDocument(old, "old", assumedDraft, refs);
        SchemaDocument reader = new SchemaDocument(updated, "new", assumedDraft, refs);
        return List.copyOf(new SchemaDiff(new DiffContext(policy, reader, writer)).compare(updated, old, ""));
    }
}
