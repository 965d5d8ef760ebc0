package io.eventlens.dlq.discovery;

import java.util.Locale;

/** Where a dead-letter queue lives. */
public enum Backend {
    KAFKA,
    REDIS;

    /** {@code kafka} or {@code redis}, as in metrics labels and REST bodies. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
