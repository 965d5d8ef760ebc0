package io.eventlens.lag.redis;

import io.eventlens.lag.monitor.LagSourceContract;
import io.eventlens.lag.source.LagSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/** The contract on the machine's Redis (127.0.0.1:6379); consumers never count as attached here. */
class RedisLagSourceIT extends LagSourceContract {

    static final String URL = "redis://127.0.0.1:6379";

    private final RedisClient redis = RedisClient.create("127.0.0.1", 6379);

    @AfterEach
    void deleteStream() {
        redis.del(topic);
        redis.close();
    }

    @Override
    protected LagSource source() {
        return new RedisLagSource(URL, 10_000, Duration.ZERO);
    }

    @Override
    protected LagSource unreachableSource() {
        return new RedisLagSource("redis://127.0.0.1:1", 10, Duration.ZERO);
    }

    @Override
    protected void createTopicAndGroup() {
        redis.xgroupCreate(topic, group, new StreamEntryID(0, 0), true);
    }

    @Override
    protected List<Long> produce(int count) {
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            written.add(redis.xadd(topic, StreamEntryID.NEW_ENTRY, Map.of("n", String.valueOf(i)))
                    .getTime());
        }
        return written;
    }

    @Override
    protected void consume(int count) {
        List<Map.Entry<String, List<StreamEntry>>> read = redis.xreadGroup(
                group,
                "worker",
                XReadGroupParams.xReadGroupParams().count(count),
                Map.of(topic, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
        for (StreamEntry entry : read.get(0).getValue()) {
            redis.xack(topic, group, entry.getID());
        }
    }

    @Override
    protected void resetToStart() {
        redis.xgroupSetID(topic, group, new StreamEntryID(0, 0));
    }
}
