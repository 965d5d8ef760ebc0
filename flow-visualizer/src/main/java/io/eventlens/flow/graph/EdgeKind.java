package io.eventlens.flow.graph;

import java.util.Locale;

/** The direction of an edge: a service sends to a channel, or a service receives from one. */
public enum EdgeKind {
    /** From a service to a channel it produces to. */
    SENDS,
    /** From a channel to a service that consumes it. */
    RECEIVES;

    /** The name in exports: {@code sends} or {@code receives}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
