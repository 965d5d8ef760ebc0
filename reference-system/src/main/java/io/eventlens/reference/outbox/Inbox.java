package io.eventlens.reference.outbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.reference.db.Database;
import io.eventlens.reference.db.Processed;
import io.eventlens.reference.event.EventEnvelope;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * The consuming side of a service: one transaction records the incoming event's id, applies its
 * effect and adds the resulting event to the service's outbox. A redelivered event finds its id and
 * changes nothing; a crash before the commit leaves no trace, so the redelivery does the work.
 */
public final class Inbox {

    private final Database database;
    private final Processed processed;
    private final Outbox outbox;
    private final String source;
    private final Clock clock;

    /** @param processedTable the service's table of processed ids; {@code source} names the service */
    public Inbox(Database database, String processedTable, Outbox outbox, String source, Clock clock) {
        this.database = database;
        this.processed = new Processed(processedTable);
        this.outbox = outbox;
        this.source = source;
        this.clock = clock;
    }

    /** Applies {@code effect} once per event id and sends the event it returns (if any). */
    public void once(EventEnvelope cause, Effect effect) {
        database.inTransaction(connection -> {
            if (processed.firstTime(connection, cause.eventId())) {
                Reply reply = effect.apply(connection);
                if (reply != null) {
                    outbox.add(
                            connection,
                            reply.topic(),
                            EventEnvelope.create(
                                    reply.type(), source, cause.correlationId(), cause, reply.data(), clock.instant()));
                }
            }
            return null;
        });
    }

    /** The effect of one event, run inside the transaction; returns the event to send, or null. */
    @FunctionalInterface
    public interface Effect {
        Reply apply(Connection connection) throws SQLException;
    }

    /** @param topic a base topic name from {@code Topics} */
    public record Reply(String topic, String type, ObjectNode data) {}
}
