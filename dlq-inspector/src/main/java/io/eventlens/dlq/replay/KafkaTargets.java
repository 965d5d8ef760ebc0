package io.eventlens.dlq.replay;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Whether a topic may receive replayed records: it must exist, must not be internal or the DLQ
 * itself (a loop), must not be configured as protected, and the cluster must allow this client to
 * write to it. Answers are cached per instance (one per job).
 */
final class KafkaTargets {

    private final Admin admin;
    private final Set<String> protectedTopics;
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    KafkaTargets(Admin admin, Set<String> protectedTopics) {
        this.admin = admin;
        this.protectedTopics = Set.copyOf(protectedTopics);
    }

    /** Why {@code topic} cannot receive records from {@code queue}, or empty when it can. */
    Optional<String> refusal(String queue, String topic) {
        if (topic.equals(queue)) {
            return Optional.of("target topic '" + topic + "' is the DLQ itself; replaying into it would loop");
        }
        if (topic.startsWith("__")) {
            return Optional.of("target topic '" + topic + "' is internal to Kafka; it forbids writes");
        }
        if (protectedTopics.contains(topic)) {
            return Optional.of("target topic '" + topic + "' is protected (eventlens.dlq.protected-topics)");
        }
        return cache.computeIfAbsent(topic, this::describe);
    }

    /** Creates the loop guard's parking topic beside {@code queue} when it is missing (same partitions). */
    void ensureParked(String queue) {
        String parked = OffsetRange.parkedTopic(queue);
        try {
            int partitions = admin.describeTopics(List.of(queue))
                    .allTopicNames()
                    .get(10, TimeUnit.SECONDS)
                    .get(queue)
                    .partitions()
                    .size();
            admin.createTopics(List.of(new NewTopic(parked, Optional.of(partitions), Optional.empty())))
                    .all()
                    .get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new ReplayRefusedException("the parking topic " + parked + " cannot be created: "
                        + e.getCause().getMessage());
            }
        } catch (TimeoutException e) {
            throw new ReplayRefusedException(
                    "the parking topic " + parked + " cannot be created: Kafka did not answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReplayRefusedException("interrupted while creating " + parked);
        }
    }

    private Optional<String> describe(String topic) {
        try {
            TopicDescription description = admin.describeTopics(
                            List.of(topic), new DescribeTopicsOptions().includeAuthorizedOperations(true))
                    .allTopicNames()
                    .get(10, TimeUnit.SECONDS)
                    .get(topic);
            Set<AclOperation> allowed = description.authorizedOperations();
            if (allowed != null
                    && !allowed.isEmpty()
                    && !allowed.contains(AclOperation.WRITE)
                    && !allowed.contains(AclOperation.ALL)) {
                return Optional.of(
                        "target topic '" + topic + "' forbids writes for this client (allowed: " + allowed + ")");
            }
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.of("target topic '" + topic + "' does not exist; create it or pick another target");
            }
            return Optional.of("target topic '" + topic + "' cannot be checked: "
                    + e.getCause().getMessage());
        } catch (TimeoutException e) {
            return Optional.of("target topic '" + topic + "' cannot be checked: Kafka did not answer in 10 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while checking target topic '" + topic + "'");
        }
    }
}
