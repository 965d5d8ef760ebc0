package io.eventlens.catalog.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Limits and settings of a load.
 *
 * @param root            folder that relative {@code $ref}s may not leave; null = the loaded folder, or the loaded
 *                        file's folder
 * @param limits          size, depth and alias limits of every file read
 * @param remoteAllowList URL prefixes that remote {@code $ref}s may fetch from; empty = none
 */
public record LoadOptions(Path root, ParseLimits limits, List<String> remoteAllowList) {

    public LoadOptions {
        Objects.requireNonNull(limits, "limits");
        remoteAllowList = List.copyOf(Objects.requireNonNull(remoteAllowList, "remoteAllowList"));
    }

    /** {@link ParseLimits#defaults()}, no remote references, root = what is loaded. */
    public static LoadOptions defaults() {
        return new LoadOptions(null, ParseLimits.defaults(), List.of());
    }

    public LoadOptions withRoot(Path newRoot) {
        return new LoadOptions(newRoot, limits, remoteAllowList);
    }

    public LoadOptions withLimits(ParseLimits newLimits) {
        return new LoadOptions(root, newLimits, remoteAllowList);
    }

    public LoadOptions withMaxBytes(long newMaxBytes) {
        return new LoadOptions(root, limits.withMaxBytes(newMaxBytes), remoteAllowList);
    }

    public LoadOptions withRemoteAllowList(List<String> prefixes) {
        return new LoadOptions(root, limits, prefixes);
    }

    boolean allowsRemote(String url) {
        return remoteAllowList.stream().anyMatch(url::startsWith);
    }
}
