package io.eventlens.reference.messaging;

import io.eventlens.reference.event.EventEnvelope;

/**
 * A service's reaction to one event. It must be idempotent (the same event may come twice); throwing
 * sends the event to the next retry topic, or to the dead-letter topic after the last attempt.
 */
@FunctionalInterface
public interface EventHandler {

    void handle(EventEnvelope event) throws Exception;
}
