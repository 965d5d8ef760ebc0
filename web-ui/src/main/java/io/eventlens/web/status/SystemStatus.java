package io.eventlens.web.status;

import io.eventlens.lag.health.ConnectionStatus;
import io.eventlens.lag.health.KafkaProbe;
import io.eventlens.web.db.DatabaseStatus;
import io.eventlens.web.kafka.KafkaConnection;
import io.eventlens.web.redis.RedisStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** What EventLens is connected to, for the dashboard and {@code GET /api/status}. */
@Service
public class SystemStatus {

    private static final Duration CACHE = Duration.ofSeconds(5);

    private final KafkaConnection kafka;
    private final KafkaProbe kafkaProbe;
    private final RedisStatus redis;
    private final DatabaseStatus database;
    private final Clock clock = Clock.systemUTC();
    private ConnectionStatus lastKafka;
    private Instant lastKafkaAt = Instant.MIN;

    public SystemStatus(KafkaConnection kafka, RedisStatus redis, DatabaseStatus database) {
        this.kafka = kafka;
        this.kafkaProbe = new KafkaProbe(kafka.clientProperties(), Duration.ofSeconds(2));
        this.redis = redis;
        this.database = database;
    }

    /** The snapshot shown to people and automation. */
    public record Snapshot(boolean demo, ConnectionStatus kafka, ConnectionStatus redis, DatabaseStatus database) {}

    public Snapshot snapshot() {
        return new Snapshot(kafka.embedded(), kafka(), redis.current(), database);
    }

    public KafkaConnection kafkaConnection() {
        return kafka;
    }

    private synchronized ConnectionStatus kafka() {
        Instant now = clock.instant();
        if (lastKafka == null || now.isAfter(lastKafkaAt.plus(CACHE))) {
            lastKafka = kafkaProbe.probe();
            lastKafkaAt = now;
        }
        return lastKafka;
    }
}
