package io.eventlens.lag.source;

import static java.util.Objects.requireNonNull;

/** The consumer attached to a partition, with kafka-lag-exporter's member labels. */
public record Member(String host, String consumerId, String clientId) {

    public Member {
        requireNonNull(host, "host");
        requireNonNull(consumerId, "consumerId");
        requireNonNull(clientId, "clientId");
    }
}
