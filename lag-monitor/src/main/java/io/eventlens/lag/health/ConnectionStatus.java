package io.eventlens.lag.health;

import static java.util.Objects.requireNonNull;

/**
 * Whether a source (a Kafka cluster, a Redis server) answered, and in words what was seen or why not.
 *
 * @param target what was probed, as the user configured it (an address or URL without password)
 * @param connected true when it answered
 * @param detail what it said (e.g. "1 broker") or the reason it did not answer
 */
public record ConnectionStatus(String target, boolean connected, String detail) {

    public ConnectionStatus {
        requireNonNull(target, "target");
        requireNonNull(detail, "detail");
    }

    public static ConnectionStatus up(String target, String detail) {
        return new ConnectionStatus(target, true, detail);
    }

    public static ConnectionStatus down(String target, String reason) {
        return new ConnectionStatus(target, false, reason);
    }

    /** One line for a page or a log: "connected (1 broker)" or "not connected: reason". */
    public String summary() {
        return connected ? "connected (" + detail + ")" : "not connected: " + detail;
    }
}
