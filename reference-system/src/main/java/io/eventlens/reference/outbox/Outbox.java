package io.eventlens.reference.outbox;

import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.event.EventEnvelope;
import io.eventlens.reference.event.Names;
import io.eventlens.reference.tracing.TraceHeaders;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/**
 * A service's transactional outbox: events are written in the transaction of the state change that
 * caused them, and {@link OutboxRelay} publishes them afterwards. No dual write: either the change
 * and its events commit together or neither does.
 */
public final class Outbox {

    private final String table;
    private final TextMapPropagator propagator;
    private final Names names;

    /** @param table the service's own outbox table, e.g. {@code order_outbox} */
    public Outbox(String table, TextMapPropagator propagator, Names names) {
        this.table = table;
        this.propagator = propagator;
        this.names = names;
    }

    public String table() {
        return table;
    }

    /**
     * Adds {@code event} for {@code topic} (a base name from {@code Topics}), keyed by its correlation id, with the
     * current trace context.
     */
    public void add(Connection connection, String topic, EventEnvelope event) throws SQLException {
        Map<String, String> trace = TraceHeaders.capture(propagator, Context.current());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (topic, record_key, payload, trace_headers) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, names.of(topic));
            insert.setString(2, event.correlationId());
            insert.setString(3, EventCodec.encodeText(event));
            insert.setString(4, EventCodec.text(EventCodec.JSON.valueToTree(trace)));
            insert.executeUpdate();
        }
    }
}
