package io.eventlens.reference.react;

import io.eventlens.reference.db.Database;
import io.eventlens.reference.event.EventEnvelope;
import io.eventlens.reference.messaging.EventHandler;
import java.sql.PreparedStatement;
import java.sql.Types;

/**
 * Analytics, consumer group {@code analytics-service} (choreography): one fact per order event, keyed
 * by the event id, so a redelivery adds nothing.
 */
public final class AnalyticsHandler implements EventHandler {

    public static final String GROUP = "analytics-service";

    private final Database database;

    public AnalyticsHandler(Database database) {
        this.database = database;
    }

    @Override
    public void handle(EventEnvelope event) {
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO analytics_facts (event_id, "
                    + "event_type, order_id, amount_cents, occurred_at) VALUES (?, ?, "
                    + "?, ?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, event.eventId());
                insert.setString(2, event.eventType());
                insert.setString(3, event.correlationId());
                if (event.data().has("total_cents")) {
                    insert.setLong(4, event.data().get("total_cents").asLong());
                } else {
                    insert.setNull(4, Types.BIGINT);
                }
                insert.setString(5, event.timestamp());
                insert.executeUpdate();
            }
            return null;
        });
    }
}
