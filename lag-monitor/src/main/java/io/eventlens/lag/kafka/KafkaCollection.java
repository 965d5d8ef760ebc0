package io.eventlens.lag.kafka;

import io.eventlens.lag.source.GroupReading;
import io.eventlens.lag.source.Member;
import io.eventlens.lag.source.PartitionReading;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsResult;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/** One collection cycle over a cluster: four kinds of batched admin calls, per-group failures kept apart. */
final class KafkaCollection {

    private final Admin admin;
    private final Duration timeout;
    private final int batch;
    private final MarkerProbe markers;
    private final List<String> problems = new ArrayList<>();
    private int roundTrips;

    /** @param markers reads past transaction markers; null to take log end minus committed as it is */
    KafkaCollection(Admin admin, Duration timeout, int batch, MarkerProbe markers) {
        this.admin = admin;
        this.timeout = timeout;
        this.batch = batch;
        this.markers = markers;
    }

    List<GroupReading> collect() {
        List<String> ids = listGroups();
        // the describes and the offsets request go out together: the cycle waits for the slower, not the sum
        Map<String, KafkaFuture<ConsumerGroupDescription>> describing = startDescribe(ids);
        ListConsumerGroupOffsetsResult offsetsRequest = startOffsets(ids);
        Map<String, ConsumerGroupDescription> described = described(describing);
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed =
                committedOffsets(offsetsRequest, described.keySet());
        Set<TopicPartition> union = new HashSet<>();
        committed.values().forEach(offsets -> union.addAll(offsets.keySet()));
        described
                .values()
                .forEach(group -> group.members()
                        .forEach(member -> union.addAll(member.assignment().topicPartitions())));
        Map<TopicPartition, Long> logEnds = logEnds(union);
        Map<TopicPartition, Map<Long, MarkerProbe.After>> recordsAfter =
                recordsAfter(described.keySet(), committed, logEnds);
        List<GroupReading> groups = new ArrayList<>();
        for (Map.Entry<String, ConsumerGroupDescription> group : described.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = committed.get(group.getKey());
            if (offsets != null) {
                groups.add(reading(group.getValue(), offsets, logEnds, recordsAfter));
            }
        }
        return groups;
    }

    /** Where committed offsets are followed by offsets without a record (transaction markers), what follows. */
    private Map<TopicPartition, Map<Long, MarkerProbe.After>> recordsAfter(
            Set<String> ids,
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed,
            Map<TopicPartition, Long> logEnds) {
        if (markers == null) {
            return Map.of();
        }
        Map<TopicPartition, Set<Long>> offsets = new HashMap<>();
        for (String id : ids) {
            Map<TopicPartition, OffsetAndMetadata> group = committed.get(id);
            if (group != null) {
                group.forEach((partition, offset) -> {
                    if (offset != null) {
                        offsets.computeIfAbsent(partition, p -> new HashSet<>()).add(offset.offset());
                    }
                });
            }
        }
        return markers.recordsAfter(offsets, logEnds);
    }

    List<String> problems() {
        return problems;
    }

    int roundTrips() {
        return roundTrips;
    }

    private List<String> listGroups() {
        roundTrips++;
        return await(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all(), "listing the consumer groups")
                .stream()
                .map(GroupListing::groupId)
                .sorted()
                .toList();
    }

    private Map<String, KafkaFuture<ConsumerGroupDescription>> startDescribe(List<String> ids) {
        Map<String, KafkaFuture<ConsumerGroupDescription>> futures = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += batch) {
            roundTrips++;
            futures.putAll(admin.describeConsumerGroups(ids.subList(from, Math.min(ids.size(), from + batch)))
                    .describedGroups());
        }
        return futures;
    }

    /** One request over every listed group; null when there are none. */
    private ListConsumerGroupOffsetsResult startOffsets(List<String> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
        ids.forEach(id -> specs.put(id, new ListConsumerGroupOffsetsSpec()));
        roundTrips++;
        return admin.listConsumerGroupOffsets(specs);
    }

    private Map<String, ConsumerGroupDescription> described(
            Map<String, KafkaFuture<ConsumerGroupDescription>> futures) {
        Map<String, ConsumerGroupDescription> described = new TreeMap<>();
        futures.forEach((id, future) -> {
            ConsumerGroupDescription description = groupResult(id, future, "describing");
            if (description != null && description.groupState() != GroupState.DEAD) {
                described.put(id, description);
            }
        });
        return described;
    }

    /** The offsets of the described groups (dead or failed ones are left out, as before). */
    private Map<String, Map<TopicPartition, OffsetAndMetadata>> committedOffsets(
            ListConsumerGroupOffsetsResult result, Set<String> ids) {
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        if (result == null) {
            return committed;
        }
        for (String id : ids) {
            Map<TopicPartition, OffsetAndMetadata> offsets =
                    groupResult(id, result.partitionsToOffsetAndMetadata(id), "reading the offsets of");
            if (offsets != null) {
                committed.put(id, offsets);
            }
        }
        return committed;
    }

    private Map<TopicPartition, Long> logEnds(Set<TopicPartition> partitions) {
        Map<TopicPartition, Long> logEnds = new HashMap<>();
        if (partitions.isEmpty()) {
            return logEnds;
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        roundTrips++;
        ListOffsetsResult result = admin.listOffsets(latest);
        for (TopicPartition partition : partitions) {
            try {
                logEnds.put(partition, get(result.partitionResult(partition)).offset());
            } catch (ExecutionException e) {
                problems.add("log end of " + partition + " unknown: " + KafkaErrors.words(e.getCause()));
            }
        }
        return logEnds;
    }

    static GroupReading reading(
            ConsumerGroupDescription group,
            Map<TopicPartition, OffsetAndMetadata> offsets,
            Map<TopicPartition, Long> logEnds) {
        return reading(group, offsets, logEnds, Map.of());
    }

    /** @param recordsAfter per partition, per committed offset followed by markers: the records after it */
    static GroupReading reading(
            ConsumerGroupDescription group,
            Map<TopicPartition, OffsetAndMetadata> offsets,
            Map<TopicPartition, Long> logEnds,
            Map<TopicPartition, Map<Long, MarkerProbe.After>> recordsAfter) {
        Map<TopicPartition, Member> owners = new HashMap<>();
        for (MemberDescription member : group.members()) {
            Member owner = new Member(member.host(), member.consumerId(), member.clientId());
            member.assignment().topicPartitions().forEach(partition -> owners.put(partition, owner));
        }
        Set<TopicPartition> partitions = new HashSet<>(offsets.keySet());
        partitions.addAll(owners.keySet());
        List<PartitionReading> readings = new ArrayList<>();
        partitions.stream()
                .filter(logEnds::containsKey)
                .sorted(Comparator.comparing(TopicPartition::topic).thenComparing(TopicPartition::partition))
                .forEach(partition -> readings.add(partition(
                        partition,
                        offsets.get(partition),
                        logEnds.get(partition),
                        recordsAfter.getOrDefault(partition, Map.of()),
                        owners.get(partition))));
        return new GroupReading(group.groupId(), readings);
    }

    private static PartitionReading partition(
            TopicPartition partition,
            OffsetAndMetadata committed,
            long logEnd,
            Map<Long, MarkerProbe.After> recordsAfter,
            Member owner) {
        if (committed == null) {
            return new PartitionReading(
                    partition.topic(),
                    partition.partition(),
                    null,
                    logEnd,
                    null,
                    logEnd,
                    null,
                    "no committed offset yet",
                    null,
                    owner,
                    null);
        }
        long offset = committed.offset();
        MarkerProbe.After after = recordsAfter.get(offset);
        // the position steps over offsets without a record (transaction markers): they are never delivered
        long position = after == null ? offset : after.first();
        long lag = after == null ? Math.max(0, logEnd - offset) : after.count();
        String note = after == null
                ? ""
                : after.count() == 0
                        ? "only transaction markers after the committed offset " + offset + " (log end " + logEnd
                                + "): caught up"
                        : after.count() + " records and " + (logEnd - offset - after.count())
                                + " offsets without a record (transaction markers) after the committed offset "
                                + offset;
        return new PartitionReading(
                partition.topic(),
                partition.partition(),
                offset,
                logEnd,
                position,
                logEnd,
                lag,
                note,
                null,
                owner,
                null);
    }

    /** A group-level answer, or null (recorded as a problem) when this group failed; a vanished group is no problem. */
    private <T> T groupResult(String id, KafkaFuture<T> future, String doing) {
        try {
            return get(future);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                problems.add(doing + " group " + id + " failed: " + KafkaErrors.words(e.getCause()));
            }
            return null;
        }
    }

    private <T> T await(KafkaFuture<T> future, String doing) {
        try {
            return get(future);
        } catch (ExecutionException e) {
            throw new KafkaSourceException(doing + " failed: " + KafkaErrors.words(e.getCause()), e.getCause());
        }
    }

    private <T> T get(KafkaFuture<T> future) throws ExecutionException {
        try {
            return future.get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaSourceException("interrupted while waiting for the cluster", e);
        } catch (TimeoutException e) {
            throw new KafkaSourceException("no answer within " + timeout.toMillis() + " ms", e);
        }
    }
}
