package io.eventlens.lag.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.catalog.testing.MovableClock;
import io.eventlens.lag.monitor.LagMonitor;
import io.eventlens.lag.monitor.PartitionLag;
import io.eventlens.lag.status.Status;
import io.eventlens.lag.status.StatusRules;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XReadGroupParams;

/** A Redis consumer that keeps reading but never acknowledges is attached without progress: STALL. */
class RedisConsumerStatusIT {

    private final String stream = "stall-it-" + UUID.randomUUID();
    private final String group = "workers-" + UUID.randomUUID();
    private final RedisClient redis = RedisClient.create("127.0.0.1", 6379);
    private final MovableClock clock = MovableClock.fromNow();
    private final LagMonitor monitor = new LagMonitor(
            List.of(new RedisLagSource(RedisLagSourceIT.URL, 10_000, Duration.ofMinutes(1))),
            new StatusRules(4, Duration.ZERO, 0, 1.0),
            10,
            clock);

    @AfterEach
    void close() {
        redis.del(stream);
        redis.close();
        monitor.close();
    }

    @Test
    void a_consumer_that_reads_but_never_acknowledges_goes_stall_with_its_pending_entries_shown() {
        redis.xgroupCreate(stream, group, new StreamEntryID(0, 0), true);
        PartitionLag lag = null;
        for (int step = 0; step < 5; step++) {
            for (int i = 0; i < 3; i++) {
                redis.xadd(stream, StreamEntryID.NEW_ENTRY, Map.of("n", "" + i));
            }
            redis.xreadGroup(
                    group,
                    "stuck-worker",
                    XReadGroupParams.xReadGroupParams().count(1),
                    Map.of(stream, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
            lag = monitor.poll().group(group).orElseThrow().partitions().get(0);
            clock.advance(Duration.ofSeconds(5));
        }
        assertThat(lag.status()).isEqualTo(Status.STALL);
        assertThat(lag.owner().consumerId()).isEqualTo("stuck-worker");
        assertThat(lag.lag()).isEqualTo(15L);
        assertThat(lag.pending().count()).isEqualTo(5);
        assertThat(lag.pending().maxDeliveries()).isEqualTo(1);
    }
}
