package io.eventlens.lag.redis;

import io.eventlens.lag.health.RedisProbe;
import io.eventlens.lag.source.GroupReading;
import io.eventlens.lag.source.LagSource;
import io.eventlens.lag.source.PartitionReading;
import io.eventlens.lag.source.SourceReading;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Redis Streams consumer groups of one server: every stream (SCAN TYPE stream, up to a bound), its
 * groups (XINFO GROUPS: lag and entries-read where Redis 7 gives them), their pending entries
 * (XPENDING) and consumers (XINFO CONSUMERS). Backlog = lag + pending; lag in seconds is exact, from
 * the id of the oldest entry not yet acknowledged.
 */
public final class RedisLagSource implements LagSource {

    private final RedisClient redis;
    private final String target;
    private final int maxStreams;
    private final Duration consumerActive;

    /**
     * @param url {@code redis://[user:password@]host:port[/db]}
     * @param maxStreams at most this many streams are read per cycle (bounded cost); more is reported
     * @param consumerActive a consumer that interacted within this time counts as attached (STALL, not STOP)
     */
    public RedisLagSource(String url, int maxStreams, Duration consumerActive) {
        URI uri = RedisProbe.parse(url);
        this.redis = RedisClient.create(uri);
        this.target = RedisProbe.redacted(uri);
        this.maxStreams = maxStreams;
        this.consumerActive = consumerActive;
    }

    @Override
    public String backend() {
        return "redis";
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public SourceReading read(Instant now) {
        List<String> problems = new ArrayList<>();
        StreamReader reader = new StreamReader(redis, now, consumerActive);
        List<String> streams = streams(problems);
        Map<String, List<PartitionReading>> byGroup = new LinkedHashMap<>();
        for (String stream : streams) {
            try {
                reader.read(stream)
                        .forEach((group, partition) -> byGroup.computeIfAbsent(group, g -> new ArrayList<>())
                                .add(partition));
            } catch (redis.clients.jedis.exceptions.JedisDataException e) {
                problems.add("stream " + stream + ": " + e.getMessage()); // deleted or changed type meanwhile
            }
        }
        List<GroupReading> groups = new ArrayList<>();
        byGroup.forEach((group, partitions) -> groups.add(new GroupReading(group, partitions)));
        return SourceReading.of(groups, problems, reader.commands() + 1);
    }

    private List<String> streams(List<String> problems) {
        List<String> streams = new ArrayList<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = redis.scan(cursor, new ScanParams().count(1000), "stream");
            streams.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!"0".equals(cursor) && streams.size() < maxStreams);
        if (streams.size() > maxStreams) {
            problems.add(streams.size() + " streams found; only the first " + maxStreams + " are read");
            return streams.stream().sorted().limit(maxStreams).toList();
        }
        return streams.stream().sorted().toList();
    }

    @Override
    public void close() {
        redis.close();
    }
}
