package io.eventlens.flow.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Reads OTLP JSON (Content-Type {@code application/json}): protobuf's JSON mapping with OTLP's
 * deviations: ids in hex, enums as numbers, 64-bit integers as decimal strings, unknown fields ignored.
 * Jaeger's api_v3 and Tempo answer in the same shape (Tempo may write ids in base64).
 */
final class JsonSpans {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonSpans() {}

    static JsonNode parse(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw new OtlpDecodeException("the body is not an OTLP JSON object with \"resourceSpans\"; got "
                        + (root == null ? "nothing" : root.getNodeType()) + "; nothing was stored");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new OtlpDecodeException(
                    "the body is not valid JSON (" + e.getOriginalMessage() + " at line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr()
                            + "); nothing was stored",
                    e);
        } catch (IOException e) {
            throw new OtlpDecodeException("the body cannot be read: " + e.getMessage(), e);
        }
    }

    static void read(JsonNode root, SpanAssembly assembly, boolean base64Ids) {
        for (JsonNode resourceSpans : root.path("resourceSpans")) {
            JsonNode scopes = resourceSpans.has("scopeSpans")
                    ? resourceSpans.path("scopeSpans")
                    : resourceSpans.path("instrumentationLibrarySpans"); // before OTLP 0.15, still in old Tempo
            int spans = StreamSupport.stream(scopes.spliterator(), false)
                    .mapToInt(s -> s.path("spans").size())
                    .sum();
            Map<String, String> resource;
            try {
                resource = attributes(resourceSpans.path("resource").path("attributes"), assembly, "a resource");
            } catch (SpanRejectedException e) {
                assembly.reject(e.getMessage(), spans);
                continue;
            }
            String service = resource.getOrDefault("service.name", "unknown_service");
            for (JsonNode scopeSpans : scopes) {
                JsonNode scope =
                        scopeSpans.has("scope") ? scopeSpans.path("scope") : scopeSpans.path("instrumentationLibrary");
                String scopeName = scope.path("name").asText("")
                        + (scope.path("version").asText("").isEmpty()
                                ? ""
                                : " " + scope.path("version").asText());
                for (JsonNode span : scopeSpans.path("spans")) {
                    try {
                        assembly.accept(span(span, service, scopeName, resource, assembly, base64Ids));
                    } catch (SpanRejectedException e) {
                        assembly.reject(e.getMessage(), 1);
                    }
                }
            }
        }
    }

    private static TraceSpan span(
            JsonNode span,
            String service,
            String scope,
            Map<String, String> resource,
            SpanAssembly assembly,
            boolean base64Ids) {
        String name = span.path("name").asText("");
        String where = SpanAssembly.where(service, name);
        Map<String, String> attributes = attributes(span.path("attributes"), assembly, where);
        List<SpanEvent> events = new ArrayList<>();
        for (JsonNode event : span.path("events")) {
            events.add(new SpanEvent(
                    number(event.path("timeUnixNano")),
                    event.path("name").asText(""),
                    attributes(event.path("attributes"), assembly, where)));
        }
        List<SpanLink> links = new ArrayList<>();
        for (JsonNode link : span.path("links")) {
            links.add(new SpanLink(
                    id(link.path("traceId"), Ids.TRACE_ID_BYTES, where + ": link traceId", false, base64Ids),
                    id(link.path("spanId"), Ids.SPAN_ID_BYTES, where + ": link spanId", false, base64Ids),
                    attributes(link.path("attributes"), assembly, where)));
        }
        JsonNode status = span.path("status");
        return new TraceSpan(
                id(span.path("traceId"), Ids.TRACE_ID_BYTES, where + ": traceId", false, base64Ids),
                id(span.path("spanId"), Ids.SPAN_ID_BYTES, where + ": spanId", false, base64Ids),
                id(span.path("parentSpanId"), Ids.SPAN_ID_BYTES, where + ": parentSpanId", true, base64Ids),
                service,
                name,
                SpanKind.ofNumber(enumNumber(span.path("kind"), "SPAN_KIND_")),
                number(span.path("startTimeUnixNano")),
                number(span.path("endTimeUnixNano")),
                new SpanStatus(
                        SpanStatus.Code.ofNumber(enumNumber(status.path("code"), "STATUS_CODE_")),
                        status.path("message").asText("")),
                attributes,
                resource,
                scope,
                events,
                links,
                assembly.correlationId(attributes, resource));
    }

    private static String id(JsonNode node, int bytes, String what, boolean optional, boolean base64Ids) {
        return Ids.fromText(
                node.isMissingNode() || node.isNull() ? "" : node.asText(), bytes, what, optional, base64Ids);
    }

    private static long number(JsonNode node) {
        return node.isNumber() ? node.asLong() : node.isTextual() ? Long.parseUnsignedLong(node.asText("0")) : 0;
    }

    /** OTLP JSON sends enums as numbers; a name ({@code SPAN_KIND_SERVER}) is read too, kindly. */
    private static int enumNumber(JsonNode node, String prefix) {
        if (node.isNumber()) {
            return node.asInt();
        }
        String name = node.asText("").replace(prefix, "");
        List<String> names = prefix.startsWith("SPAN")
                ? List.of("UNSPECIFIED", "INTERNAL", "SERVER", "CLIENT", "PRODUCER", "CONSUMER")
                : List.of("UNSET", "OK", "ERROR");
        return Math.max(0, names.indexOf(name));
    }

    private static Map<String, String> attributes(JsonNode list, SpanAssembly assembly, String where) {
        assembly.checkCount(list.size(), where);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (JsonNode kv : list) {
            String key = kv.path("key").asText("");
            attributes.put(key, assembly.checkValue(key, text(kv.path("value")), where));
        }
        return attributes;
    }

    static String text(JsonNode value) {
        if (value.has("stringValue")) {
            return value.get("stringValue").asText();
        }
        if (value.has("arrayValue")) {
            return StreamSupport.stream(value.path("arrayValue").path("values").spliterator(), false)
                    .map(JsonSpans::text)
                    .map(AttributeText::quote)
                    .collect(Collectors.joining(",", "[", "]"));
        }
        if (value.has("kvlistValue")) {
            return StreamSupport.stream(value.path("kvlistValue").path("values").spliterator(), false)
                    .map(kv -> AttributeText.quote(kv.path("key").asText()) + ":"
                            + AttributeText.quote(text(kv.path("value"))))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        for (String scalar : List.of("boolValue", "intValue", "doubleValue", "bytesValue")) {
            if (value.has(scalar)) {
                return value.get(scalar).asText();
            }
        }
        return "";
    }
}
