package io.eventlens.dlq.replay;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * The stored form of a Kafka job's range ({@code partition:from:to,...}) and of its per-partition
 * counters in committed offset metadata ({@code moved,failed,parked}).
 */
final class OffsetRange {

    private OffsetRange() {}

    static String format(Map<Integer, long[]> range) {
        StringBuilder out = new StringBuilder();
        range.forEach((p, fromTo) -> out.append(out.length() == 0 ? "" : ",")
                .append(p)
                .append(':')
                .append(fromTo[0])
                .append(':')
                .append(fromTo[1]));
        return out.toString();
    }

    static Map<TopicPartition, long[]> parse(String topic, String text) {
        Map<TopicPartition, long[]> range = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return range;
        }
        for (String part : text.split(",")) {
            String[] f = part.split(":");
            range.put(
                    new TopicPartition(topic, Integer.parseInt(f[0])),
                    new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
        }
        return range;
    }

    static String encode(long[] counts) {
        return counts[0] + "," + counts[1] + "," + counts[2];
    }

    static long[] decode(String metadata) {
        long[] counts = new long[3];
        if (metadata == null || metadata.isBlank()) {
            return counts;
        }
        String[] f = metadata.split(",");
        for (int i = 0; i < Math.min(3, f.length); i++) {
            counts[i] = Long.parseLong(f[i].trim());
        }
        return counts;
    }

    static Totals totals(Map<TopicPartition, long[]> counts) {
        long moved = 0;
        long failed = 0;
        long parked = 0;
        for (long[] c : counts.values()) {
            moved += c[0];
            failed += c[1];
            parked += c[2];
        }
        return new Totals(moved, failed, parked);
    }

    /** Where the loop guard parks records replayed too often. */
    static String parkedTopic(String queue) {
        return queue + "-parked";
    }
}
