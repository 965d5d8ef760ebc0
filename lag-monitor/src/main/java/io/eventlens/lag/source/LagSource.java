package io.eventlens.lag.source;

import java.time.Instant;

/**
 * One place consumer groups live (a Kafka cluster, a Redis server; RabbitMQ queues or NATS
 * JetStream consumers would be others). A source only reads positions; the status engine and the
 * lag-in-seconds tables work on what it returns, whatever the backend.
 */
public interface LagSource extends AutoCloseable {

    /** The backend's name as shown and exported: {@code kafka}, {@code redis}. */
    String backend();

    /** Where it reads from, for people (an address, never a password). */
    String target();

    /**
     * Reads every group's positions now. Failures of one group or partition are reported in the
     * reading ({@link SourceState#DEGRADED} with the reason); a source that cannot be read at all
     * throws, and the monitor shows it {@link SourceState#DOWN} with the exception's words.
     */
    SourceReading read(Instant now);

    @Override
    void close();
}
