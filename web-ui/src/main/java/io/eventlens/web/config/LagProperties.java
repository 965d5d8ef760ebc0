package io.eventlens.web.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code eventlens.lag.*}.
 *
 * @param pollInterval time between two collection cycles
 * @param retention lag samples and status changes older than this are deleted
 * @param intervals Burrow's window: samples kept per partition
 * @param minDistance Burrow's min-distance: a sample closer than this replaces the previous one
 * @param allowedLag Burrow's allowed-lag: lag at or below this is OK
 * @param minimumComplete Burrow's minimum-complete: the fraction of the window needed before judging
 * @param stoppedAfter a partition no consumer owns, whose committed offset stands while records arrive, is
 *     STOP after this long, however few samples the window holds (a group that committed once and died)
 * @param tableSize log-end points kept per partition for lag in seconds (the window is this times the poll)
 * @param redisConsumerActive a Redis consumer idle for less than this counts as attached (STALL, not STOP)
 * @param redisMaxStreams at most this many streams are read per cycle
 * @param clusterName the {@code cluster_name} label of Kafka metrics; blank uses the bootstrap servers
 * @param webhooks URLs that receive a JSON POST when a group's incident opens or closes
 * @param webhookTimeout how long one webhook call may take before it counts as failed (and is retried)
 */
public record LagProperties(
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("7d") Duration retention,
        @DefaultValue("10") int intervals,
        @DefaultValue("1s") Duration minDistance,
        @DefaultValue("0") long allowedLag,
        @DefaultValue("0.5") double minimumComplete,
        @DefaultValue("5m") Duration stoppedAfter,
        @DefaultValue("60") int tableSize,
        @DefaultValue("30s") Duration redisConsumerActive,
        @DefaultValue("10000") int redisMaxStreams,
        String clusterName,
        List<URI> webhooks,
        @DefaultValue("5s") Duration webhookTimeout) {

    public LagProperties {
        webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
        clusterName = clusterName == null ? "" : clusterName;
    }

    /** Every setting at its default. */
    public static LagProperties defaults() {
        return new LagProperties(
                Duration.ofSeconds(5),
                Duration.ofDays(7),
                10,
                Duration.ofSeconds(1),
                0,
                0.5,
                Duration.ofMinutes(5),
                60,
                Duration.ofSeconds(30),
                10_000,
                "",
                List.of(),
                Duration.ofSeconds(5));
    }
}
