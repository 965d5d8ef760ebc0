package io.eventlens.lag.kafka;

import io.eventlens.lag.source.GroupReading;
import io.eventlens.lag.source.LagSource;
import io.eventlens.lag.source.SourceReading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * The benchmark's anchor, the naive way: one describe and one offsets call per group (all in flight
 * at once, as kafka-lag-exporter runs its per-group futures), then one listOffsets for the union.
 */
final class NaiveKafkaSource implements LagSource {

    private final Admin admin;

    NaiveKafkaSource(Map<String, Object> properties) {
        this.admin = Admin.create(properties);
    }

    @Override
    public String backend() {
        return "kafka";
    }

    @Override
    public String target() {
        return "naive";
    }

    @Override
    public SourceReading read(Instant now) {
        try {
            List<String> ids = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get().stream()
                    .map(GroupListing::groupId)
                    .toList();
            Map<String, KafkaFuture<ConsumerGroupDescription>> describes = new HashMap<>();
            Map<String, KafkaFuture<Map<TopicPartition, OffsetAndMetadata>>> offsets = new HashMap<>();
            for (String id : ids) {
                describes.put(
                        id,
                        admin.describeConsumerGroups(List.of(id))
                                .describedGroups()
                                .get(id));
                offsets.put(id, admin.listConsumerGroupOffsets(id).partitionsToOffsetAndMetadata());
            }
            Set<TopicPartition> union = new HashSet<>();
            for (String id : ids) {
                union.addAll(offsets.get(id).get().keySet());
            }
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            union.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            Map<TopicPartition, Long> logEnds = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, info) -> logEnds.put(partition, info.offset()));
            List<GroupReading> groups = new ArrayList<>();
            for (String id : ids) {
                groups.add(KafkaCollection.reading(
                        describes.get(id).get(), offsets.get(id).get(), logEnds));
            }
            return SourceReading.of(groups, List.of(), 2 + 2 * ids.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("naive collection failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
