package io.eventlens.catalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * One version of a message. {@code key} is its identity across versions and documents (see
 * docs/catalog.md); {@code payload} and {@code headers} are schemas (null when absent);
 * {@code payloadFields} are the property names found anywhere in the payload schema.
 */
public record Message(
        String key,
        String name,
        String title,
        String summary,
        String description,
        String schemaVersion,
        String contentType,
        JsonNode payload,
        JsonNode headers,
        List<JsonNode> examples,
        String correlationIdLocation,
        List<String> payloadFields,
        String service,
        String document) {

    public Message {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        examples = List.copyOf(examples);
        payloadFields = List.copyOf(payloadFields);
    }
}
