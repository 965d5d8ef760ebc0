package io.eventlens.dlq.browse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;

/**
 * Hides the values at configured JSON paths (as {@code $..email}, {@code $.customer.name}) before a
 * payload is shown. Masking works on a copy; the record itself is never changed.
 */
public final class PiiMasker {

    /** What a masked value shows. */
    public static final String MASK = "***";

    private final List<JsonPath> paths;

    /**
     * @throws IllegalArgumentException naming the path that cannot be read
     */
    public PiiMasker(List<String> paths) {
        this.paths = paths.stream().map(JsonPath::parse).toList();
    }

    /** A masked copy of {@code payload}. */
    public JsonNode mask(JsonNode payload) {
        JsonNode copy = payload.deepCopy();
        for (JsonPath path : paths) {
            path.replace(copy, TextNode.valueOf(MASK));
        }
        return copy;
    }

    public List<String> paths() {
        return paths.stream().map(JsonPath::toString).toList();
    }
}
