package io.eventlens.flow.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A span read from its row of {@code trace_span}, the one-row-per-span table of earlier versions
 * (searchable columns plus one JSON detail document): read only to move those spans into blocks
 * ({@link LegacySpans}).
 */
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
}
