package io.eventlens.catalog.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Limits and settings of a load.
 *
 * @param root           folder that relative {@code $ref}s may not leave; null = the loaded folder,
 *                       or the loaded file's folder
 * @param maxBytes       largest file read, in bytes
 * @param maxDepth       deepest nesting of objects and arrays
 * @param maxAliases     most YAML aliases to collections in one file (stops "billion laughs")
 * @param remoteAllowList URL prefixes that remote {@code $ref}s may fetch from; empty = none
 */
public record LoadOptions(Path root, long maxBytes, int maxDepth, int maxAliases, List<String> remoteAllowList) {

    public LoadOptions {
        if (maxBytes <= 0 || maxDepth <= 0 || maxAliases < 0) {
            throw new IllegalArgumentException("limits must be positive: maxBytes=" + maxBytes + ", maxDepth="
                    + maxDepth + ", maxAliases=" + maxAliases);
        }
        remoteAllowList = List.copyOf(Objects.requireNonNull(remoteAllowList, "remoteAllowList"));
    }

    /** 64 MiB per file, 256 levels, 50 aliases, no remote references, root = what is loaded. */
    public static LoadOptions defaults() {
        return new LoadOptions(null, 64L * 1024 * 1024, 256, 50, List.of());
    }

    public LoadOptions withRoot(Path newRoot) {
        return new LoadOptions(newRoot, maxBytes, maxDepth, maxAliases, remoteAllowList);
    }

    public LoadOptions withMaxBytes(long newMaxBytes) {
        return new LoadOptions(root, newMaxBytes, maxDepth, maxAliases, remoteAllowList);
    }

    public LoadOptions withRemoteAllowList(List<String> prefixes) {
        return new LoadOptions(root, maxBytes, maxDepth, maxAliases, prefixes);
    }

    boolean allowsRemote(String url) {
        return remoteAllowList.stream().anyMatch(url::startsWith);
    }
}
