package io.eventlens.lag.kafka;

/** An admin failure in words: its kind and its message. */
final class KafkaErrors {

    private KafkaErrors() {}

    static String words(Throwable error) {
        if (error == null) {
            return "unknown error";
        }
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }
}
