package io.eventlens.flow.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** A span to and from its row of {@code trace_span}: searchable columns plus one JSON detail document. */
final class SpanRows {

    static final String COLUMNS = "trace_id, span_id, parent_span_id, service, name, kind, start_nanos, end_nanos,"
            + " status_code, correlation_id, message_key, received_at, detail";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The parts of a span that are not columns. */
    record Detail(
            String statusMessage,
            Map<String, String> attributes,
            Map<String, String> resource,
            String scope,
            List<SpanEvent> events,
            List<SpanLink> links) {}

    private SpanRows() {}

    /** How many columns {@link #COLUMNS} names. */
    static final int WIDTH = 13;

    /** Binds a span's row from parameter {@code first} on ({@link #WIDTH} parameters). */
    static void bind(PreparedStatement insert, int first, TraceSpan span, long receivedAt) throws SQLException {
        insert.setString(first, span.traceId());
        insert.setString(first + 1, span.spanId());
        insert.setString(first + 2, span.parentSpanId());
        insert.setString(first + 3, clip(span.service(), 255));
        insert.setString(first + 4, clip(span.name(), 1024));
        insert.setShort(first + 5, (short) span.kind().ordinal());
        insert.setLong(first + 6, span.startEpochNanos());
        insert.setLong(first + 7, span.endEpochNanos());
        insert.setShort(first + 8, (short) span.status().code().ordinal());
        insert.setString(first + 9, clip(span.correlationId(), 1024));
        insert.setString(first + 10, clip(span.messageKey(), 1024));
        insert.setLong(first + 11, receivedAt);
        insert.setString(first + 12, detail(span));
    }

    static String detail(TraceSpan span) {
        try {
            return JSON.writeValueAsString(new Detail(
                    span.status().message(),
                    span.attributes(),
                    span.resource(),
                    span.scope(),
                    span.events(),
                    span.links()));
        } catch (JsonProcessingException e) {
            throw new SpanStoreException("cannot write span " + span.spanId() + " as JSON: " + e.getMessage(), e);
        }
    }

    static TraceSpan read(ResultSet row) throws SQLException {
        Detail detail;
        try {
            detail = JSON.readValue(row.getString("detail"), Detail.class);
        } catch (JsonProcessingException e) {
            throw new SpanStoreException(
                    "span " + row.getString("span_id") + " has an unreadable detail column: " + e.getMessage(), e);
        }
        return new TraceSpan(
                row.getString("trace_id"),
                row.getString("span_id"),
                row.getString("parent_span_id"),
                row.getString("service"),
                row.getString("name"),
                SpanKind.ofNumber(row.getShort("kind")),
                row.getLong("start_nanos"),
                row.getLong("end_nanos"),
                new SpanStatus(SpanStatus.Code.ofNumber(row.getShort("status_code")), detail.statusMessage()),
                detail.attributes(),
                detail.resource(),
                detail.scope(),
                detail.events(),
                detail.links(),
                row.getString("correlation_id"));
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
