package io.eventlens.lag.source;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One consumer group's positions on every partition (Redis: every stream) it has read or owns. */
public record GroupReading(String group, List<PartitionReading> partitions) {

    public GroupReading {
        requireNonNull(group, "group");
        partitions = List.copyOf(partitions);
    }
}
