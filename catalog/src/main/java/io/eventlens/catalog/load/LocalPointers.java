package io.eventlens.catalog.load;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Moved to {@link io.eventlens.catalog.document.LocalPointers}; this forwarder goes once its last callers have moved.
 */
@Deprecated(forRemoval = true)
public final class LocalPointers {

    private LocalPointers() {}

    /** See {@link io.eventlens.catalog.document.LocalPointers#resolve}. */
    public static JsonNode resolve(JsonNode document, String pointer) {
        return io.eventlens.catalog.document.LocalPointers.resolve(document, pointer);
    }

    /** See {@link io.eventlens.catalog.document.LocalPointers#follow}. */
    public static JsonNode follow(JsonNode document, JsonNode node, int hops) {
        return io.eventlens.catalog.document.LocalPointers.follow(document, node, hops);
    }
}
