package io.eventlens.lag.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.lag.monitor.LagMonitor;
import io.eventlens.lag.monitor.PartitionLag;
import io.eventlens.lag.status.StatusRules;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * The reference system trims its email stream with MAXLEN on each add (EmailJobs.MAX_LENGTH). The
 * lag EventLens reports stays right: trimming sent jobs keeps Redis's own lag, and so does trimming jobs
 * not yet delivered (a backlog beyond the bound: they are lost). Where Redis cannot say (an entry
 * deleted after the group's last delivered id), EventLens counts what is left and says so.
 */
class RedisTrimmingIT {

    private final String stream = "trim-it-" + UUID.randomUUID();
    private final String group = "workers-" + UUID.randomUUID();
    private final RedisClient redis = RedisClient.create("127.0.0.1", 6379);
    private final LagMonitor monitor = new LagMonitor(
            List.of(new RedisLagSource(RedisLagSourceIT.URL, 10_000, Duration.ZERO)),
            StatusRules.DEFAULTS,
            10,
            Clock.systemUTC());

    @AfterEach
    void close() {
        redis.del(stream);
        redis.close();
        monitor.close();
    }

    private void add(int count, long maxLength) {
        for (int i = 0; i < count; i++) {
            redis.xadd(stream, XAddParams.xAddParams().maxLen(maxLength).exactTrimming(), Map.of("n", "" + i));
        }
    }

    private void sendAndAcknowledge(int count) {
        for (StreamEntry job : redis.xreadGroup(
                        group,
                        "worker",
                        XReadGroupParams.xReadGroupParams().count(count),
                        Map.of(stream, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY))
                .get(0)
                .getValue()) {
            redis.xack(stream, group, job.getID());
        }
    }

    private PartitionLag lag() {
        return monitor.poll().group(group).orElseThrow().partitions().stream()
                .filter(p -> p.topic().equals(stream))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void trimming_only_sent_jobs_keeps_the_lag_redis_reports() {
        redis.xgroupCreate(stream, group, new StreamEntryID(0, 0), true);
        add(10, 100);
        sendAndAcknowledge(8);
        add(1, 5); // trims the 6 oldest, all sent and acknowledged

        PartitionLag lag = lag();
        assertThat(redis.xlen(stream)).isEqualTo(5);
        assertThat(lag.lag()).isEqualTo(3L);
        assertThat(lag.lagNote()).isEmpty(); // Redis's own lag, not a count
    }

    @Test
    void trimming_jobs_not_yet_delivered_leaves_the_lag_of_what_is_left() {
        redis.xgroupCreate(stream, group, new StreamEntryID(0, 0), true);
        add(10, 4); // six jobs trimmed before any worker saw them: lost, and no longer behind

        PartitionLag lag = lag();
        assertThat(lag.lag()).isEqualTo(4L);
        assertThat(lag.lagNote()).isEmpty(); // Redis 7 still gives the lag here
    }

    @Test
    void a_job_deleted_before_delivery_makes_redis_lag_unknown_and_eventlens_counts_what_is_left() {
        redis.xgroupCreate(stream, group, new StreamEntryID(0, 0), true);
        add(4, 100);
        StreamEntryID deleted = redis.xadd(stream, StreamEntryID.NEW_ENTRY, Map.of("n", "x"));
        add(2, 100);
        redis.xdel(stream, deleted);

        PartitionLag lag = lag();
        assertThat(lag.lag()).isEqualTo(6L);
        assertThat(lag.lagNote()).startsWith("XINFO GROUPS gives no lag").endsWith("counted the undelivered entries");
    }
}
