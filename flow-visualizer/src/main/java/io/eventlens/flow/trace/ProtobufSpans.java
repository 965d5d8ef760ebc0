package io.eventlens.flow.trace;

import com.google.protobuf.InvalidProtocolBufferException;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads an {@code ExportTraceServiceRequest} in protobuf (Content-Type {@code application/x-protobuf}). */
final class ProtobufSpans {

    private ProtobufSpans() {}

    static ExportTraceServiceRequest parse(byte[] body) {
        try {
            return ExportTraceServiceRequest.parseFrom(body);
        } catch (InvalidProtocolBufferException e) {
            throw new OtlpDecodeException(
                    "the body (" + body.length + " bytes) is not an OTLP ExportTraceServiceRequest in protobuf ("
                            + e.getMessage() + "); nothing was stored",
                    e);
        }
    }

    static void read(ExportTraceServiceRequest request, SpanAssembly assembly) {
        for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
            int spans = resourceSpans.getScopeSpansList().stream()
                    .mapToInt(ScopeSpans::getSpansCount)
                    .sum();
            Map<String, String> resource;
            try {
                assembly.checkCount(resourceSpans.getResource().getAttributesCount(), "a resource");
                resource = attributes(resourceSpans.getResource().getAttributesList(), assembly, "a resource");
            } catch (SpanRejectedException e) {
                assembly.reject(e.getMessage(), spans);
                continue;
            }
            String service = resource.getOrDefault("service.name", "unknown_service");
            for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
                String scope = scopeSpans.getScope().getName()
                        + (scopeSpans.getScope().getVersion().isEmpty()
                                ? ""
                                : " " + scopeSpans.getScope().getVersion());
                for (Span span : scopeSpans.getSpansList()) {
                    try {
                        assembly.accept(span(span, service, scope, resource, assembly));
                    } catch (SpanRejectedException e) {
                        assembly.reject(e.getMessage(), 1);
                    }
                }
            }
        }
    }

    private static TraceSpan span(
            Span span, String service, String scope, Map<String, String> resource, SpanAssembly assembly) {
        String where = SpanAssembly.where(service, span.getName());
        String traceId = Ids.hex(span.getTraceId().toByteArray(), Ids.TRACE_ID_BYTES, where + ": trace id", false);
        String spanId = Ids.hex(span.getSpanId().toByteArray(), Ids.SPAN_ID_BYTES, where + ": span id", false);
        String parent =
                Ids.hex(span.getParentSpanId().toByteArray(), Ids.SPAN_ID_BYTES, where + ": parent span id", true);
        assembly.checkCount(span.getAttributesCount(), where);
        Map<String, String> attributes = attributes(span.getAttributesList(), assembly, where);
        List<SpanEvent> events = new ArrayList<>();
        for (Span.Event event : span.getEventsList()) {
            assembly.checkCount(event.getAttributesCount(), where + " event '" + event.getName() + "'");
            events.add(new SpanEvent(
                    event.getTimeUnixNano(), event.getName(), attributes(event.getAttributesList(), assembly, where)));
        }
        List<SpanLink> links = new ArrayList<>();
        for (Span.Link link : span.getLinksList()) {
            assembly.checkCount(link.getAttributesCount(), where + " link");
            links.add(new SpanLink(
                    Ids.hex(link.getTraceId().toByteArray(), Ids.TRACE_ID_BYTES, where + ": link trace id", false),
                    Ids.hex(link.getSpanId().toByteArray(), Ids.SPAN_ID_BYTES, where + ": link span id", false),
                    attributes(link.getAttributesList(), assembly, where)));
        }
        return new TraceSpan(
                traceId,
                spanId,
                parent,
                service,
                span.getName(),
                SpanKind.ofNumber(span.getKindValue()),
                span.getStartTimeUnixNano(),
                span.getEndTimeUnixNano(),
                new SpanStatus(
                        SpanStatus.Code.ofNumber(span.getStatus().getCodeValue()),
                        span.getStatus().getMessage()),
                attributes,
                resource,
                scope,
                events,
                links,
                assembly.correlationId(attributes, resource));
    }

    private static Map<String, String> attributes(List<KeyValue> list, SpanAssembly assembly, String where) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (KeyValue kv : list) {
            attributes.put(kv.getKey(), assembly.checkValue(kv.getKey(), text(kv.getValue()), where));
        }
        return attributes;
    }

    static String text(AnyValue value) {
        switch (value.getValueCase()) {
            case STRING_VALUE:
                return value.getStringValue();
            case BOOL_VALUE:
                return Boolean.toString(value.getBoolValue());
            case INT_VALUE:
                return Long.toString(value.getIntValue());
            case DOUBLE_VALUE:
                return Double.toString(value.getDoubleValue());
            case BYTES_VALUE:
                return Base64.getEncoder().encodeToString(value.getBytesValue().toByteArray());
            case ARRAY_VALUE:
                return value.getArrayValue().getValuesList().stream()
                        .map(ProtobufSpans::text)
                        .map(AttributeText::quote)
                        .collect(Collectors.joining(",", "[", "]"));
            case KVLIST_VALUE:
                return value.getKvlistValue().getValuesList().stream()
                        .map(kv -> AttributeText.quote(kv.getKey()) + ":" + AttributeText.quote(text(kv.getValue())))
                        .collect(Collectors.joining(",", "{", "}"));
            default:
                return "";
        }
    }
}
