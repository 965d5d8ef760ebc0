package io.eventlens.catalog.load;

/**
 * The limits every reading of JSON or YAML text holds to, in one place: AsyncAPI documents, schema texts (CLI and
 * web), the lint configuration.
 *
 * @param maxBytes   largest text read, in bytes (characters for text already in memory)
 * @param maxDepth   deepest nesting of objects and arrays
 * @param maxAliases most YAML aliases to collections in one text (stops "billion laughs")
 */
public record ParseLimits(long maxBytes, int maxDepth, int maxAliases) {

    public ParseLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxAliases < 0) {
            throw new IllegalArgumentException("limits must be positive: maxBytes=" + maxBytes + ", maxDepth="
                    + maxDepth + ", maxAliases=" + maxAliases);
        }
    }

    /** 64 MiB per text, 256 levels, 50 aliases. */
    public static ParseLimits defaults() {
        return new ParseLimits(64L * 1024 * 1024, 256, 50);
    }

    public ParseLimits withMaxBytes(long newMaxBytes) {
        return new ParseLimits(newMaxBytes, maxDepth, maxAliases);
    }

    public ParseLimits withMaxDepth(int newMaxDepth) {
        return new ParseLimits(maxBytes, newMaxDepth, maxAliases);
    }
}
