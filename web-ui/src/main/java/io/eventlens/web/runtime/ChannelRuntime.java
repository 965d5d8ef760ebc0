package io.eventlens.web.runtime;

import io.eventlens.dlq.discovery.DlqNaming;
import io.eventlens.dlq.discovery.QueueKind;
import io.eventlens.lag.monitor.GroupLag;
import io.eventlens.lag.monitor.PartitionLag;
import io.eventlens.lag.time.LagSeconds;
import io.eventlens.web.dlq.DlqService;
import io.eventlens.web.lag.LagService;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What runs on one channel (a Kafka topic or a Redis stream): the consumer groups that read it, with
 * their lag on it, and the dead-letter queues that take its failures. Read from the lag monitor's and
 * the DLQ monitor's latest rounds, so it costs no call to Kafka or Redis.
 */
@Service
public class ChannelRuntime {

    /**
     * A group that reads the channel.
     *
     * @param lag messages behind on this channel's partitions (the group may read other channels too)
     * @param lagSeconds the largest lag in seconds on those partitions, as text ("unknown", "> 60 s (the window)")
     */
    public record Consumer(GroupLag group, long lag, String lagSeconds) {}

    /**
     * A dead-letter queue of the channel.
     *
     * @param why "named after the channel" or "of consumer group X" (queues named after the group, as the
     *     reference system's {@code payment-service-dlt})
     */
    public record DeadLetters(String name, String backend, long depth, double growthPerMinute, String why) {}

    private final LagService lag;
    private final DlqService dlq;

    public ChannelRuntime(LagService lag, DlqService dlq) {
        this.lag = lag;
        this.dlq = dlq;
    }

    /** The groups with a partition (or, for Redis, the stream) of this channel, worst first. */
    public List<Consumer> consumers(String channel) {
        return lag.worstFirst().stream()
                .filter(group ->
                        group.partitions().stream().anyMatch(p -> p.topic().equals(channel)))
                .map(group -> consumer(group, channel))
                .toList();
    }

    /** The dead-letter queues named after the channel or after a group that reads it. */
    public List<DeadLetters> deadLetters(String channel) {
        Set<String> groups =
                consumers(channel).stream().map(c -> c.group().group()).collect(Collectors.toSet());
        return dlq.queues().stream()
                .filter(queue -> queue.depth().queue().kind() == QueueKind.DEAD_LETTER)
                .map(queue -> {
                    String origin = DlqNaming.origin(queue.name()).orElse(null);
                    String why = channel.equals(origin)
                            ? "named after the channel"
                            : groups.contains(origin) ? "of consumer group " + origin : null;
                    return why == null
                            ? null
                            : new DeadLetters(
                                    queue.name(),
                                    queue.depth().queue().backend().label(),
                                    queue.depth().depth(),
                                    queue.growthPerMinute(),
                                    why);
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(DeadLetters::name))
                .toList();
    }

    private static Consumer consumer(GroupLag group, String channel) {
        List<PartitionLag> partitions = group.partitions().stream()
                .filter(p -> p.topic().equals(channel))
                .toList();
        long behind = partitions.stream()
                .mapToLong(p -> p.lag() == null ? 0 : p.lag())
                .sum();
        LagSeconds worst = partitions.stream()
                .map(PartitionLag::lagSeconds)
                .filter(s -> s instanceof LagSeconds.BeyondWindow)
                .findFirst()
                .orElseGet(() -> partitions.stream()
                        .map(PartitionLag::lagSeconds)
                        .filter(s -> s.orNull() != null)
                        .max(Comparator.comparingDouble(LagSeconds::orNull))
                        .orElse(null));
        return new Consumer(group, behind, worst == null ? "unknown" : worst.text());
    }
}
