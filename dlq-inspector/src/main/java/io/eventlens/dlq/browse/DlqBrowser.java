package io.eventlens.dlq.browse;

import io.eventlens.dlq.discovery.Backend;
import io.eventlens.dlq.discovery.DeadLetterQueue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Browses one dead-letter queue: scans at most {@code maxScan} records, keeps those the filter
 * passes, groups them by error and returns the first {@code limit} with their payloads (masked).
 * The same path serves the page, REST and replay selection.
 */
public final class DlqBrowser {

    /** One shown record with its payload view. */
    public record Item(DlqMessage message, PayloadView payload) {}

    /** An error group and how many matching records it holds. */
    public record GroupCount(String key, String exceptionClass, String pattern, int count) {}

    /**
     * @param messages the first matching records, up to the limit
     * @param groups every error group among the matching records, biggest first
     * @param matched how many records matched in all
     * @param scanned how many records were read
     * @param truncated true when the scan stopped at its bound before the queue's end
     */
    public record Page(List<Item> messages, List<GroupCount> groups, int matched, int scanned, boolean truncated) {}

    private final KafkaDlqReader kafka;
    private final RedisDlqReader redis;
    private final PiiMasker masker;
    private final int maxScan;

    public DlqBrowser(KafkaDlqReader kafka, RedisDlqReader redis, PiiMasker masker, int maxScan) {
        this.kafka = kafka;
        this.redis = redis;
        this.masker = masker;
        this.maxScan = maxScan;
    }

    public PiiMasker masker() {
        return masker;
    }

    public Page browse(DeadLetterQueue queue, MessageFilter filter, int limit) {
        List<Item> items = new ArrayList<>();
        Map<String, GroupCount> groups = new LinkedHashMap<>();
        int[] matched = {0};
        int scanned = scan(queue, maxScan, message -> {
            PayloadView payload = PayloadView.of(message.value(), masker);
            if (!filter.matches(message, payload.json())) {
                return;
            }
            matched[0]++;
            if (items.size() < limit) {
                items.add(new Item(message, payload));
            }
            String key = message.errorGroup();
            GroupCount old = groups.get(key);
            groups.put(
                    key,
                    new GroupCount(
                            key,
                            message.headers().exceptionClass(),
                            ErrorGroups.pattern(message.headers().exceptionMessage()),
                            old == null ? 1 : old.count() + 1));
        });
        List<GroupCount> sorted = new ArrayList<>(groups.values());
        sorted.sort(Comparator.comparingInt(GroupCount::count).reversed().thenComparing(GroupCount::key));
        return new Page(items, sorted, matched[0], scanned, scanned >= maxScan);
    }

    /** Every record of the queue the filter passes, up to the scan bound (for replay selections). */
    public List<DlqMessage> select(DeadLetterQueue queue, MessageFilter filter) {
        List<DlqMessage> selected = new ArrayList<>();
        scan(queue, maxScan, message -> {
            if (filter.matches(message, PayloadView.of(message.value(), masker).json())) {
                selected.add(message);
            }
        });
        return selected;
    }

    /** One record by its id ({@code <partition>-<offset>} or a Redis entry id). */
    public Optional<DlqMessage> find(DeadLetterQueue queue, String id) {
        if (queue.backend() == Backend.REDIS) {
            return redis.fetch(queue.name(), id);
        }
        String[] parts = id.split("-", 2);
        if (parts.length != 2 || !parts[0].matches("\\d{1,9}") || !parts[1].matches("\\d{1,19}")) {
            throw new FilterException("id", id, "a Kafka record id is <partition>-<offset>, as 0-42");
        }
        return kafka.fetch(queue.name(), Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
    }

    private int scan(DeadLetterQueue queue, int max, Consumer<DlqMessage> sink) {
        return queue.backend() == Backend.KAFKA
                ? kafka.scan(queue.name(), max, sink)
                : redis.scan(queue.name(), max, sink);
    }
}
