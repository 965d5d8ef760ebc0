package io.eventlens.web.traces;

/** Durations as people read them: 850 µs, 12.3 ms, 4.20 s. */
final class Durations {

    private Durations() {}

    static String micros(long micros) {
        if (micros < 1_000) {
            return micros + " µs";
        }
        if (micros < 1_000_000) {
            return String.format("%.1f ms", micros / 1_000.0);
        }
        return String.format("%.2f s", micros / 1_000_000.0);
    }
}
