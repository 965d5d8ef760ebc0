package io.eventlens.lag.monitor;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One cycle's result: every group of every source, and how each source answered.
 *
 * @param at when the cycle started
 * @param took how long collection and evaluation took, over all sources
 * @param roundTrips requests sent to the sources in this cycle
 */
public record LagReport(Instant at, List<GroupLag> groups, List<SourceHealth> sources, Duration took, int roundTrips) {

    public LagReport {
        requireNonNull(at, "at");
        groups = List.copyOf(groups);
        sources = List.copyOf(sources);
        requireNonNull(took, "took");
    }

    /** Before the first cycle. */
    public static LagReport empty(Instant at) {
        return new LagReport(at, List.of(), List.of(), Duration.ZERO, 0);
    }

    /** The group of this name (first found over the backends when both have it). */
    public Optional<GroupLag> group(String name) {
        return groups.stream().filter(group -> group.group().equals(name)).findFirst();
    }
}
