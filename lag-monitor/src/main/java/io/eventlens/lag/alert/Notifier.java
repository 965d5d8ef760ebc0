package io.eventlens.lag.alert;

/** Sends alerts somewhere; must not block the caller (long work goes to its own threads). */
@FunctionalInterface
public interface Notifier {

    void send(Alert alert);
}
