package io.eventlens.catalog.load;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The budget every reading of JSON or YAML text holds to, in one place: AsyncAPI documents, schema texts (CLI and
 * web), the lint configuration, and the work done on what was read ({@code $ref}s followed, changes reported). Each
 * limit has a setting of the same name in the web app ({@code eventlens.limits.max-nodes}) and as a Java system
 * property for the CLI ({@code -Deventlens.limits.max-nodes=...}); a limit exceeded stops the work at once with a
 * {@link LimitExceededException} naming it.
 *
 * @param maxBytes         largest text read, in bytes (characters for text already in memory)
 * @param maxDepth         deepest nesting of objects and arrays, YAML aliases expanded
 * @param maxAliases       most YAML aliases to collections in one text
 * @param maxNodes         most values (objects, arrays, scalars) in one text once its YAML aliases are expanded: a
 *                         kilobyte of nested aliases ("billion laughs") would otherwise expand to billions
 * @param maxChars         most characters of keys and scalar values in one text, aliases expanded
 * @param maxRefExpansions most {@code $ref}s followed while bundling one document or comparing two schemas
 * @param maxChanges       most changes one schema comparison reports before it stops
 * @param maxYamlWord      most characters of YAML without a space or line break: SnakeYAML's scanner copies its
 *                         window for each kilobyte of such a run, so its time grows with the square of the run (a
 *                         20 MB string took minutes); JSON is read by Jackson and has no such limit
 */
public record ParseLimits(
        long maxBytes,
        int maxDepth,
        int maxAliases,
        long maxNodes,
        long maxChars,
        int maxRefExpansions,
        int maxChanges,
        int maxYamlWord) {

    /** One limit: its setting (web property and CLI system property) and the unit its values count. */
    public enum Limit {
        BYTES("max-document-bytes", "bytes"),
        DEPTH("max-depth", "levels of nesting"),
        ALIASES("max-aliases", "YAML aliases to lists or maps"),
        NODES("max-nodes", "values"),
        CHARS("max-characters", "characters of keys and values"),
        REF_EXPANSIONS("max-ref-expansions", "$ref expansions"),
        CHANGES("max-changes", "changes"),
        YAML_WORD("max-yaml-word", "characters of YAML without a space or line break");

        private final String key;
        private final String unit;

        Limit(String key, String unit) {
            this.key = key;
            this.unit = unit;
        }

        /** The setting that raises it, e.g. {@code eventlens.limits.max-nodes}. */
        public String setting() {
            return "eventlens.limits." + key;
        }

        /** What its values count, e.g. {@code values}. */
        public String unit() {
            return unit;
        }
    }

    public ParseLimits {
        if (maxBytes <= 0
                || maxDepth <= 0
                || maxAliases < 0
                || maxNodes <= 0
                || maxChars <= 0
                || maxRefExpansions < 0
                || maxChanges <= 0
                || maxYamlWord <= 0) {
            throw new IllegalArgumentException("limits must be positive: maxBytes=" + maxBytes + ", maxDepth="
                    + maxDepth + ", maxAliases=" + maxAliases + ", maxNodes=" + maxNodes + ", maxChars=" + maxChars
                    + ", maxRefExpansions=" + maxRefExpansions + ", maxChanges=" + maxChanges + ", maxYamlWord="
                    + maxYamlWord);
        }
    }

    /**
     * 64 MiB per text, 256 levels, 50 aliases, 4,000,000 values (a 50 MB document has about 2.2 million), 64 Mi
     * characters (as many as the bytes: only aliases make more), 10,000 {@code $ref}s followed and 10,000 changes per
     * comparison, 1 Mi characters of YAML without a space: far above any real document (the largest reference
     * document has a few thousand values), far below what stalls a request.
     */
    public static ParseLimits defaults() {
        return new ParseLimits(64L * 1024 * 1024, 256, 50, 4_000_000, 64L * 1024 * 1024, 10_000, 10_000, 1024 * 1024);
    }

    /** The defaults with each limit whose setting {@code settings} answers (e.g. system properties) replaced. */
    public static ParseLimits from(UnaryOperator<String> settings) {
        ParseLimits limits = defaults();
        for (Limit limit : Limit.values()) {
            String value = settings.apply(limit.setting());
            if (value != null && !value.isBlank()) {
                limits = limits.with(limit, parse(limit, value.trim()));
            }
        }
        return limits;
    }

    /** {@link #from} the JVM's system properties: how the CLI is given other limits. */
    public static ParseLimits fromSystemProperties() {
        return from(System::getProperty);
    }

    private static long parse(Limit limit, String value) {
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    limit.setting() + "=" + value + " is not a whole number; allowed: a " + "positive count of "
                            + limit.unit() + ", e.g. " + defaults().value(limit));
        }
    }

    /** The value of one limit. */
    public long value(Limit limit) {
        return switch (Objects.requireNonNull(limit, "limit")) {
            case BYTES -> maxBytes;
            case DEPTH -> maxDepth;
            case ALIASES -> maxAliases;
            case NODES -> maxNodes;
            case CHARS -> maxChars;
            case REF_EXPANSIONS -> maxRefExpansions;
            case CHANGES -> maxChanges;
            case YAML_WORD -> maxYamlWord;
        };
    }

    /** These limits with one changed. */
    public ParseLimits with(Limit limit, long value) {
        Map<Limit, Long> values = new EnumMap<>(Limit.class);
        for (Limit each : Limit.values()) {
            values.put(each, value(each));
        }
        values.put(limit, value);
        return new ParseLimits(
                values.get(Limit.BYTES),
                Math.toIntExact(values.get(Limit.DEPTH)),
                Math.toIntExact(values.get(Limit.ALIASES)),
                values.get(Limit.NODES),
                values.get(Limit.CHARS),
                Math.toIntExact(values.get(Limit.REF_EXPANSIONS)),
                Math.toIntExact(values.get(Limit.CHANGES)),
                Math.toIntExact(values.get(Limit.YAML_WORD)));
    }

    public ParseLimits withMaxBytes(long newMaxBytes) {
        return with(Limit.BYTES, newMaxBytes);
    }

    public ParseLimits withMaxDepth(int newMaxDepth) {
        return with(Limit.DEPTH, newMaxDepth);
    }

    /**
     * The exception for {@code limit} exceeded: {@code reached} is the count when the work stopped, {@code where}
     * names the text and place (e.g. {@code schema version 2:24:3}, or {@code comparing version 1 with the newest}).
     */
    public LimitExceededException exceeded(Limit limit, long reached, String where) {
        return new LimitExceededException(limit, reached, value(limit), where);
    }

    /** The limits as {@code setting=value} lines, for documentation and logs. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ParseLimits[");
        for (Limit limit : Limit.values()) {
            text.append(limit.setting().toLowerCase(Locale.ROOT))
                    .append('=')
                    .append(value(limit))
                    .append(limit.ordinal() < Limit.values().length - 1 ? ", " : "]");
        }
        return text.toString();
    }
}
