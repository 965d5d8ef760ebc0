package io.eventlens.reference.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** JSON of envelopes on the wire; a record that is not a valid envelope is a poison event. */
public final class EventCodec {

    public static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventCodec() {}

    public static byte[] encode(EventEnvelope event) {
        try {
            return JSON.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + event.eventId() + " as JSON", e);
        }
    }

    public static String encodeText(EventEnvelope event) {
        return new String(encode(event), StandardCharsets.UTF_8);
    }

    /**
     * Reads an envelope, naming what is wrong when the bytes are not one.
     *
     * @throws PoisonEventException when the bytes are not JSON or miss a required envelope field
     */
    public static EventEnvelope decode(byte[] bytes) {
        if (bytes == null) {
            throw new PoisonEventException("the record has no value (a tombstone); an event envelope was expected");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("the record value is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new PoisonEventException("the record value cannot be read: " + e.getMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new PoisonEventException("the record value is not a JSON object; an event envelope was expected");
        }
        for (String field : new String[] {"event_type", "event_id", "timestamp", "source", "correlation_id", "data"}) {
            if (!tree.hasNonNull(field)) {
                throw new PoisonEventException("the envelope has no \"" + field + "\" (at /" + field + ")");
            }
        }
        try {
            return JSON.treeToValue(tree, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("the envelope does not bind: " + e.getOriginalMessage(), e);
        }
    }

    /** Compact JSON text of a tree. */
    public static String text(JsonNode tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** Reads JSON this system wrote itself (stored payloads); a failure is a bug, not bad input. */
    public static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not parse: " + e.getOriginalMessage(), e);
        }
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
