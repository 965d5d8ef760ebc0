package io.eventlens.dlq.replay;

import java.util.concurrent.locks.LockSupport;

/** Holds a sender to at most {@code rate} records per second (0: no limit). */
final class Pacer {

    private final long nanosPerRecord;
    private long next = System.nanoTime();

    Pacer(int rate) {
        this.nanosPerRecord = rate <= 0 ? 0 : 1_000_000_000L / rate;
    }

    void pace() {
        if (nanosPerRecord == 0) {
            return;
        }
        long now = System.nanoTime();
        next = Math.max(next, now - nanosPerRecord) + nanosPerRecord;
        if (next > now) {
            LockSupport.parkNanos(next - now);
        }
    }
}
