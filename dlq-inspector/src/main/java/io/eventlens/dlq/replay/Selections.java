package io.eventlens.dlq.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.dlq.browse.DlqBrowser;
import io.eventlens.dlq.browse.DlqMessage;
import io.eventlens.dlq.browse.FilterException;
import io.eventlens.dlq.browse.MessageFilter;
import io.eventlens.dlq.browse.PiiMasker;
import io.eventlens.dlq.discovery.DeadLetterQueue;
import io.eventlens.dlq.discovery.DiscoveryException;
import io.eventlens.dlq.jobs.Selection;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** A selection as a test on records, and the range of a Kafka DLQ a job reads. */
final class Selections {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The stored range and how many records it holds (for "all"). */
    record Range(String text, long held) {}

    private Selections() {}

    /**
     * @throws FilterException when the filter (or an id) cannot be read
     */
    static Predicate<DlqMessage> predicate(Selection selection, PiiMasker masker) {
        if (!selection.ids().isEmpty()) {
            Set<String> ids = Set.copyOf(selection.ids());
            return message -> ids.contains(message.id());
        }
        MessageFilter filter = MessageFilter.parse(selection.filter());
        return message -> filter.matches(message, filter.jsonPath() == null ? null : json(message.value()));
    }

    static JsonNode json(byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            return null;
        }
    }

    /** For ids: from the lowest to past the highest selected offset per partition; else the whole topic. */
    static Range kafkaRange(Admin admin, String topic, Selection selection) {
        Map<Integer, long[]> range = new TreeMap<>();
        if (!selection.ids().isEmpty()) {
            for (String id : selection.ids()) {
                String[] parts = id.split("-", 2);
                if (parts.length != 2 || !parts[0].matches("\\d{1,9}") || !parts[1].matches("\\d{1,19}")) {
                    throw new FilterException("ids", id, "a Kafka record id is <partition>-<offset>, as 0-42");
                }
                long offset = Long.parseLong(parts[1]);
                range.merge(Integer.parseInt(parts[0]), new long[] {offset, offset + 1}, (a, b) ->
                        new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            }
            return new Range(OffsetRange.format(range), selection.ids().size());
        }
        try {
            var partitions = admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(10, TimeUnit.SECONDS)
                    .get(topic)
                    .partitions();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            partitions.forEach(p -> {
                earliest.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest());
                latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
            });
            Map<TopicPartition, ListOffsetsResultInfo> from =
                    admin.listOffsets(earliest).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, ListOffsetsResultInfo> to =
                    admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            long held = 0;
            for (TopicPartition tp : from.keySet()) {
                range.put(
                        tp.partition(),
                        new long[] {from.get(tp).offset(), to.get(tp).offset()});
                held += to.get(tp).offset() - from.get(tp).offset();
            }
            return new Range(OffsetRange.format(range), held);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiscoveryException("interrupted while reading offsets of " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new DiscoveryException("Kafka does not give the offsets of " + topic + ": " + e.getMessage(), e);
        }
    }

    /** Records the selection takes: ids counted, the whole queue from its offsets, filters by a scan. */
    static long count(DlqBrowser browser, DeadLetterQueue queue, Selection selection, long held) {
        if (!selection.ids().isEmpty()) {
            return selection.ids().size();
        }
        if (selection.filter().isEmpty() && held > 0) {
            return held;
        }
        return browser.select(queue, MessageFilter.parse(selection.filter())).size();
    }
}
