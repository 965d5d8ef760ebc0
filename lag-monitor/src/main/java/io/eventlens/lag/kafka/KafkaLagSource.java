package io.eventlens.lag.kafka;

import io.eventlens.lag.source.GroupReading;
import io.eventlens.lag.source.LagSource;
import io.eventlens.lag.source.SourceReading;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Consumer groups of one Kafka cluster, read with batched admin calls per cycle: list the groups;
 * describe them in batches; one {@code listConsumerGroupOffsets} over all of them; one
 * {@code listOffsets} (latest) over the union of their partitions. Groups without members are
 * included; partitions without a commit show with no committed offset. A committed offset followed
 * by transaction markers only is caught up ({@link MarkerProbe}).
 */
public final class KafkaLagSource implements LagSource {

    /** Groups per describe request, as kafbat's UI batches (bounded responses). */
    public static final int DESCRIBE_BATCH = 200;

    private final Admin admin;
    private final String target;
    private final Duration timeout;
    private final MarkerProbe markers;

    /**
     * @param clientProperties ordinary Kafka client properties; {@code bootstrap.servers} is required
     * @param timeout how long one admin call may take before the cycle reports the source down
     */
    public KafkaLagSource(Map<String, Object> clientProperties, Duration timeout) {
        Object servers = clientProperties.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        if (servers == null || String.valueOf(servers).isBlank()) {
            throw new IllegalArgumentException("bootstrap.servers is missing from the Kafka client properties");
        }
        Map<String, Object> config = new HashMap<>(clientProperties);
        int millis = (int) timeout.toMillis();
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, millis / 2));
        config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "eventlens-lag");
        this.admin = Admin.create(config);
        this.target = String.valueOf(servers);
        this.timeout = timeout;
        this.markers = new MarkerProbe(clientProperties, Duration.ofMillis(Math.min(2_000, Math.max(200, millis / 2))));
    }

    @Override
    public String backend() {
        return "kafka";
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public SourceReading read(Instant now) {
        KafkaCollection collection = new KafkaCollection(admin, timeout, DESCRIBE_BATCH, markers);
        List<GroupReading> groups = collection.collect();
        return SourceReading.of(groups, collection.problems(), collection.roundTrips());
    }

    @Override
    public void close() {
        markers.close();
        admin.close(Duration.ofSeconds(2));
    }
}
