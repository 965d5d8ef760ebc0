package io.eventlens.lint.rules;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The lint configuration ({@code eventlens-lint.yaml}): per-rule levels that override the
 * defaults, the envelope field names every event must carry, and how many fields beyond ids
 * and the envelope make a payload self-contained.
 */
public record LintConfig(Map<String, Level> levels, List<String> envelopeFields, int minPayloadFields) {

    /** The default envelope: the reference system's and CloudEvents' core, in snake case. */
    public static final List<String> DEFAULT_ENVELOPE =
            List.of("event_id", "timestamp", "source", "schema_version", "correlation_id");

    public LintConfig {
        levels = Map.copyOf(levels);
        envelopeFields = List.copyOf(envelopeFields);
        if (minPayloadFields < 0) {
            throw new IllegalArgumentException("minPayloadFields must be 0 or more, got " + minPayloadFields);
        }
    }

    public static LintConfig defaults() {
        return new LintConfig(Map.of(), DEFAULT_ENVELOPE, 1);
    }

    /** The level of {@code rule} under this configuration. */
    Level levelOf(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        return levels.getOrDefault(rule.id(), rule.defaultLevel());
    }
}
