package io.eventlens.reference.outbox;

import com.fasterxml.jackson.core.type.TypeReference;
import io.eventlens.reference.db.Database;
import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.fault.Faults;
import io.eventlens.reference.tracing.MessagingSpans;
import io.eventlens.reference.tracing.Telemetry;
import io.eventlens.reference.tracing.TraceHeaders;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a service's outbox rows in id order, then marks them published. At least once: a crash
 * between the send and the mark publishes the rows again, which idempotent consumers absorb.
 */
public final class OutboxRelay implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {};
    private static final int BATCH = 500;
    /** Published rows are kept this long for inspection, then deleted. */
    private static final Duration KEEP = Duration.ofMinutes(10);

    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final Database database;
    private final String table;
    private final Producer<String, byte[]> producer;
    private final Telemetry telemetry;
    private final Tracer tracer;
    private final Faults faults;
    private volatile boolean running = true;
    private long lastPurge = System.nanoTime();

    public OutboxRelay(
            Database database, Outbox outbox, Producer<String, byte[]> producer, Telemetry telemetry, Faults faults) {
        this.database = database;
        this.table = outbox.table();
        this.producer = producer;
        this.telemetry = telemetry;
        this.tracer = telemetry.tracer("outbox");
        this.faults = faults;
    }

    @Override
    public void run() {
        while (running) {
            int published = 0;
            try {
                published = publishBatch();
            } catch (RuntimeException e) {
                LOG.warn("Outbox relay of {} failed a round; it tries again: {}", table, e.toString(), e);
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            }
            if (published == 0) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
            if (System.nanoTime() - lastPurge > PURGE_EVERY.toNanos()) {
                purge();
            }
        }
    }

    private void purge() {
        lastPurge = System.nanoTime();
        try {
            database.inTransaction(connection -> {
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM " + table + " WHERE published_at < ?")) {
                    delete.setTimestamp(1, Timestamp.from(Instant.now().minus(KEEP)));
                    return delete.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Purging published rows of {} failed; it tries again later: {}", table, e.toString());
        }
    }

    public void stop() {
        running = false;
    }

    /** Publishes up to one batch; returns how many rows it published. */
    int publishBatch() {
        List<Row> rows = database.inTransaction(this::unpublished);
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (Row row : rows) {
            int copies = Faults.roll(faults.duplicateDeliveryRate())
                    ? 1 + ThreadLocalRandom.current().nextInt(1, 5)
                    : 1;
            for (int i = 0; i < copies; i++) {
                sent.add(send(row));
            }
        }
        for (Future<RecordMetadata> future : sent) {
            await(future);
        }
        database.inTransaction(connection -> markPublished(connection, rows));
        return rows.size();
    }

    private Future<RecordMetadata> send(Row row) {
        Context parent = TraceHeaders.extract(telemetry.propagator(), row.trace());
        Span span = MessagingSpans.send(tracer, parent, "kafka", row.topic(), row.key(), row.eventId(), row.key());
        try {
            ProducerRecord<String, byte[]> record =
                    new ProducerRecord<>(row.topic(), row.key(), row.payload().getBytes(StandardCharsets.UTF_8));
            TraceHeaders.inject(telemetry.propagator(), parent.with(span), record.headers());
            return producer.send(record, (metadata, error) -> {
                if (error != null) {
                    span.recordException(error);
                } else {
                    span.setAttribute("messaging.destination.partition.id", String.valueOf(metadata.partition()));
                    span.setAttribute("messaging.kafka.offset", metadata.offset());
                }
                span.end();
            });
        } catch (RuntimeException e) {
            span.recordException(e);
            span.end();
            throw e;
        }
    }

    private static void await(Future<RecordMetadata> future) {
        try {
            future.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the outbox", e);
        } catch (Exception e) {
            throw new IllegalStateException("publishing an outbox row failed: " + e.getMessage(), e);
        }
    }

    private List<Row> unpublished(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT id, topic, record_key, payload, trace_headers FROM " + table
                                + " WHERE published_at IS NULL ORDER BY id LIMIT " + BATCH);
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(
                        result.getLong(1),
                        result.getString(2),
                        result.getString(3),
                        result.getString(4),
                        traceOf(result.getString(5))));
            }
        }
        return rows;
    }

    private static Map<String, String> traceOf(String json) {
        try {
            return json == null ? Map.of() : EventCodec.JSON.readValue(json, TEXT_MAP);
        } catch (IOException e) {
            return Map.of();
        }
    }

    private Void markPublished(Connection connection, List<Row> rows) throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE " + table + " SET published_at = ? WHERE id = ?")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (Row row : rows) {
                update.setTimestamp(1, now);
                update.setLong(2, row.id());
                update.addBatch();
            }
            update.executeBatch();
        }
        return null;
    }

    private record Row(long id, String topic, String key, String payload, Map<String, String> trace) {
        String eventId() {
            return EventCodec.tree(payload).path("event_id").asText();
        }
    }
}
