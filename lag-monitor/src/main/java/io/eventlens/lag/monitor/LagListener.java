package io.eventlens.lag.monitor;

/** Told of every cycle's report (metrics, history, alerts); a listener that throws is logged and skipped. */
@FunctionalInterface
public interface LagListener {

    void onReport(LagReport report);
}
