package io.eventlens.flow.graph;

import java.util.Locale;

/** What a node of a flow graph stands for. */
public enum NodeKind {
    /** An application: it sends to and receives from channels. */
    SERVICE,
    /** A channel (topic, stream, queue) messages travel on. */
    CHANNEL;

    /** The name in exports: {@code service} or {@code channel}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
