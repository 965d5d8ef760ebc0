package io.eventlens.lag.source;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What one read of a source returned.
 *
 * @param state {@link SourceState#UP} or {@link SourceState#DEGRADED} (a source that cannot be read throws)
 * @param reason why it is degraded, in words; empty when up
 * @param groups every group read, members or not
 * @param roundTrips how many requests the read sent (admin calls, Redis commands)
 */
public record SourceReading(SourceState state, String reason, List<GroupReading> groups, int roundTrips) {

    public SourceReading {
        requireNonNull(state, "state");
        requireNonNull(reason, "reason");
        groups = List.copyOf(groups);
    }

    /** Up when there are no problems, else degraded with the problems joined. */
    public static SourceReading of(List<GroupReading> groups, List<String> problems, int roundTrips) {
        if (problems.isEmpty()) {
            return new SourceReading(SourceState.UP, "", groups, roundTrips);
        }
        String reason = problems.size() <= 3
                ? String.join("; ", problems)
                : String.join("; ", problems.subList(0, 3)) + "; and " + (problems.size() - 3) + " more";
        return new SourceReading(SourceState.DEGRADED, reason, groups, roundTrips);
    }
}
