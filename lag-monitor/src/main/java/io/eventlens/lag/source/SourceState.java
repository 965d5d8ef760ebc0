package io.eventlens.lag.source;

import java.util.Locale;

/** How the last reading of a source went. */
public enum SourceState {
    /** Every group and partition was read. */
    UP,
    /** The source answered, but some groups or partitions could not be read (the reason says which). */
    DEGRADED,
    /** The source could not be read at all; its groups keep their last values until it answers again. */
    DOWN;

    /** Lower case, as in the REST API. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
