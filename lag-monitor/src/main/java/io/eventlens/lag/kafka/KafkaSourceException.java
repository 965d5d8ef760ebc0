package io.eventlens.lag.kafka;

/** The cluster could not be read at all in this cycle (not reachable, not answering, not allowed to list). */
public final class KafkaSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    KafkaSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
