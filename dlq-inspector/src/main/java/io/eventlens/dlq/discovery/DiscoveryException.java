package io.eventlens.dlq.discovery;

/** A source of queues (Kafka or Redis) did not answer. */
public final class DiscoveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DiscoveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
