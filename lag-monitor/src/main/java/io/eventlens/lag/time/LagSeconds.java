package io.eventlens.lag.time;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Locale;

/** How long ago the oldest unprocessed message was produced, as far as can be said. */
public sealed interface LagSeconds permits LagSeconds.Known, LagSeconds.BeyondWindow, LagSeconds.Unknown {

    /** The number of seconds, or null when it is not known. */
    Double orNull();

    /** For people: "12.5 s", "> 30 min (the window)", "unknown: too few samples". */
    String text();

    /** @param seconds found by interpolation within the table, or exact from the backend */
    record Known(double seconds) implements LagSeconds {
        @Override
        public Double orNull() {
            return seconds;
        }

        @Override
        public String text() {
            return seconds < 100 ? String.format(Locale.ROOT, "%.1f s", seconds) : Math.round(seconds) + " s";
        }
    }

    /**
     * The group is behind the oldest sample of the table: the lag is longer than {@code window}, by how
     * much cannot be said without extrapolating (which gave kafka-lag-exporter years for minutes).
     */
    record BeyondWindow(Duration window) implements LagSeconds {
        public BeyondWindow {
            requireNonNull(window, "window");
        }

        @Override
        public Double orNull() {
            return null;
        }

        @Override
        public String text() {
            return "> " + window.toSeconds() + " s (the window)";
        }
    }

    /** @param reason why not, in words */
    record Unknown(String reason) implements LagSeconds {
        public Unknown {
            requireNonNull(reason, "reason");
        }

        @Override
        public Double orNull() {
            return null;
        }

        @Override
        public String text() {
            return "unknown: " + reason;
        }
    }
}
