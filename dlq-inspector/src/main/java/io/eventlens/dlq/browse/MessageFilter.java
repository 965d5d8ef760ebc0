package io.eventlens.dlq.browse;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.dlq.headers.DecodedHeaders;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fixed filters over dead-letter records, all optional and combined with AND. No expression or
 * script is evaluated: each filter compares one field.
 *
 * @param from records written at or after this instant
 * @param to records written before this instant
 * @param originalTopic the topic (or stream) the record first failed on, exactly
 * @param exceptionClass the failure's class: the full name, or the simple name
 * @param headerName a header that must be present; with {@code headerValue}, holding that text
 * @param key the record key, exactly
 * @param jsonPath a path into the JSON payload that must exist; with {@code jsonValue}, holding that value
 * @param errorGroup the error group key ({@link ErrorGroups#keyOf}), exactly
 */
public record MessageFilter(
        Instant from,
        Instant to,
        String originalTopic,
        String exceptionClass,
        String headerName,
        String headerValue,
        String key,
        JsonPath jsonPath,
        String jsonValue,
        String errorGroup) {

    /** The parameter names {@link #parse} reads. */
    public static final Set<String> PARAMETERS = new TreeSet<>(
            Set.of("from", "to", "originalTopic", "exception", "header", "key", "jsonPath", "jsonValue", "errorGroup"));

    public static final MessageFilter NONE =
            new MessageFilter(null, null, null, null, null, null, null, null, null, null);

    /**
     * Reads filters from request parameters. {@code header} is {@code name} or {@code name=value};
     * times are ISO-8601 instants ({@code 2026-12-06T18:00:00Z}).
     *
     * @throws FilterException naming the parameter, its value and what is allowed
     */
    public static MessageFilter parse(Map<String, String> parameters) {
        for (String name : parameters.keySet()) {
            if (!PARAMETERS.contains(name) && !Set.of("limit", "group").contains(name)) {
                throw new FilterException(name, parameters.get(name), "unknown filter; allowed: " + PARAMETERS);
            }
        }
        String header = blankToNull(parameters.get("header"));
        String headerName = header == null ? null : header.split("=", 2)[0];
        String headerValue = header == null || !header.contains("=") ? null : header.split("=", 2)[1];
        String path = blankToNull(parameters.get("jsonPath"));
        String jsonValue = blankToNull(parameters.get("jsonValue"));
        if (jsonValue != null && path == null) {
            throw new FilterException("jsonValue", jsonValue, "needs jsonPath too (as jsonPath=$.data.currency)");
        }
        return new MessageFilter(
                instant("from", parameters.get("from")),
                instant("to", parameters.get("to")),
                blankToNull(parameters.get("originalTopic")),
                blankToNull(parameters.get("exception")),
                headerName,
                headerValue,
                blankToNull(parameters.get("key")),
                path == null ? null : jsonPath(path),
                jsonValue,
                blankToNull(parameters.get("errorGroup")));
    }

    /** Whether {@code message} passes every filter set; {@code payload} is its parsed JSON or null. */
    public boolean matches(DlqMessage message, JsonNode payload) {
        DecodedHeaders h = message.headers();
        return (from == null
                        || (message.timestamp() != null && !message.timestamp().isBefore(from)))
                && (to == null
                        || (message.timestamp() != null && message.timestamp().isBefore(to)))
                && (originalTopic == null || originalTopic.equals(h.originalTopic()))
                && (exceptionClass == null || exceptionMatches(h.exceptionClass()))
                && (headerName == null || headerMatches(message))
                && (key == null || key.equals(message.key()))
                && (jsonPath == null || jsonMatches(payload))
                && (errorGroup == null || errorGroup.equals(message.errorGroup()));
    }

    /** Whether any filter is set. */
    public boolean isEmpty() {
        return this.equals(NONE);
    }

    private boolean exceptionMatches(String actual) {
        return actual != null && (actual.equals(exceptionClass) || actual.endsWith("." + exceptionClass));
    }

    private boolean headerMatches(DlqMessage message) {
        return message.headers().all().stream()
                .anyMatch(h -> h.name().equals(headerName) && (headerValue == null || headerValue.equals(h.value())));
    }

    private boolean jsonMatches(JsonNode payload) {
        if (payload == null) {
            return false;
        }
        return jsonPath.find(payload).stream()
                .anyMatch(node ->
                        jsonValue == null || jsonValue.equals(node.isValueNode() ? node.asText() : node.toString()));
    }

    private static JsonPath jsonPath(String text) {
        try {
            return JsonPath.parse(text);
        } catch (IllegalArgumentException e) {
            throw new FilterException("jsonPath", text, e.getMessage());
        }
    }

    private static Instant instant(String name, String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new FilterException(name, text, "an ISO-8601 instant is expected, as 2026-12-06T18:00:00Z");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
