package io.eventlens.reference.kafka;

/** The embedded broker could not start; the message says why and what to change. */
public class EmbeddedKafkaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmbeddedKafkaException(String message, Throwable cause) {
        super(message, cause);
    }
}
