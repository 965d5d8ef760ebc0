package io.eventlens.lag.redis;

import io.eventlens.lag.source.Member;
import io.eventlens.lag.source.PartitionReading;
import io.eventlens.lag.source.Pending;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XPendingParams;
import redis.clients.jedis.resps.StreamConsumerInfo;
import redis.clients.jedis.resps.StreamEntry;
import redis.clients.jedis.resps.StreamGroupInfo;
import redis.clients.jedis.resps.StreamInfo;
import redis.clients.jedis.resps.StreamPendingEntry;
import redis.clients.jedis.resps.StreamPendingSummary;

/** Reads the groups of one stream: one reading per group, the stream as partition 0. */
final class StreamReader {

    /** Undelivered entries are counted one by one only up to this many (bounded cost). */
    static final int COUNT_LIMIT = 10_000;

    private final UnifiedJedis redis;
    private final Instant now;
    private final Duration consumerActive;
    private int commands;

    StreamReader(UnifiedJedis redis, Instant now, Duration consumerActive) {
        this.redis = redis;
        this.now = now;
        this.consumerActive = consumerActive;
    }

    Map<String, PartitionReading> read(String stream) {
        commands += 2;
        StreamInfo info = redis.xinfoStream(stream);
        Long entriesAdded = (Long) info.getStreamInfo().get("entries-added"); // Redis 7.0+
        StreamEntryID lastGenerated = info.getLastGeneratedId();
        Map<String, PartitionReading> readings = new LinkedHashMap<>();
        for (StreamGroupInfo group : redis.xinfoGroups(stream)) {
            readings.put(group.getName(), group(stream, group, entriesAdded, lastGenerated));
        }
        return readings;
    }

    int commands() {
        return commands;
    }

    private PartitionReading group(
            String stream, StreamGroupInfo group, Long entriesAdded, StreamEntryID lastGenerated) {
        StreamPendingSummary summary = xpending(stream, group.getName());
        StreamEntryID firstUndelivered = firstAfter(stream, group.getLastDeliveredId());
        Undelivered undelivered = undelivered(stream, group);
        StreamEntryID frontier = summary.getTotal() > 0 && summary.getMinId() != null
                ? min(summary.getMinId(), firstUndelivered)
                : firstUndelivered;
        Long backlog = undelivered.count() == null ? null : undelivered.count() + summary.getTotal();
        long logEnd = StreamIds.isZero(lastGenerated) ? 0 : StreamIds.position(lastGenerated);
        // acknowledged up to just before the oldest pending entry, else up to the last delivered one:
        // steady while nothing is read or acknowledged, whatever is added
        long position = summary.getTotal() > 0 && summary.getMinId() != null
                ? StreamIds.position(summary.getMinId()) - 1
                : StreamIds.isZero(group.getLastDeliveredId()) ? 0 : StreamIds.position(group.getLastDeliveredId());
        Double seconds = frontier == null ? 0.0 : Math.max(0, now.toEpochMilli() - frontier.getTime()) / 1000.0;
        return new PartitionReading(
                stream,
                0,
                entriesAdded != null && backlog != null ? entriesAdded - backlog : null,
                entriesAdded,
                position,
                logEnd,
                backlog,
                undelivered.note(),
                seconds,
                activeConsumer(stream, group.getName()),
                pending(stream, group.getName(), summary));
    }

    /** XINFO GROUPS {@code lag} when Redis gives it; else the entries after last-delivered-id, counted. */
    private Undelivered undelivered(String stream, StreamGroupInfo group) {
        Map<String, Object> fields = group.getGroupInfo();
        Object lag = fields.get("lag");
        if (lag instanceof Long known) {
            return new Undelivered(known, "");
        }
        String why = fields.containsKey("lag")
                ? "XINFO GROUPS gives no lag (entries after the group's last delivered id were deleted or"
                        + " trimmed, or the group was set to an arbitrary id)"
                : "this Redis (before 7.0) has no lag in XINFO GROUPS";
        commands++;
        int counted = redis.xrange(stream, "(" + group.getLastDeliveredId(), "+", COUNT_LIMIT + 1)
                .size();
        if (counted > COUNT_LIMIT) {
            return new Undelivered(null, why + "; more than " + COUNT_LIMIT + " undelivered entries, not counted");
        }
        return new Undelivered((long) counted, why + ": counted the undelivered entries");
    }

    private record Undelivered(Long count, String note) {}

    private StreamPendingSummary xpending(String stream, String group) {
        commands++;
        return redis.xpending(stream, group);
    }

    private StreamEntryID firstAfter(String stream, StreamEntryID lastDelivered) {
        commands++;
        List<StreamEntry> next = redis.xrange(stream, "(" + lastDelivered, "+", 1);
        return next.isEmpty() ? null : next.get(0).getID();
    }

    private Pending pending(String stream, String group, StreamPendingSummary summary) {
        if (summary.getTotal() == 0) {
            return new Pending(0, null, 0);
        }
        commands++;
        long maxDeliveries = redis
                .xpending(stream, group, XPendingParams.xPendingParams().count(100))
                .stream()
                .mapToLong(StreamPendingEntry::getDeliveredTimes)
                .max()
                .orElse(0);
        Duration oldest = Duration.ofMillis(
                Math.max(0, now.toEpochMilli() - summary.getMinId().getTime()));
        return new Pending(summary.getTotal(), oldest, maxDeliveries);
    }

    /** The most recently active consumer, if it interacted within {@code consumerActive}. */
    private Member activeConsumer(String stream, String group) {
        commands++;
        return redis.xinfoConsumers2(stream, group).stream()
                .filter(consumer -> consumer.getIdle() < consumerActive.toMillis())
                .min(Comparator.comparingLong(StreamConsumerInfo::getIdle))
                .map(consumer -> new Member("", consumer.getName(), consumer.getName()))
                .orElse(null);
    }

    private static StreamEntryID min(StreamEntryID a, StreamEntryID b) {
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }
}
