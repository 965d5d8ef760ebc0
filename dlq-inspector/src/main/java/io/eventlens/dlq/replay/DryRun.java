package io.eventlens.dlq.replay;

import java.util.List;

/**
 * What a replay would send, sent nothing.
 *
 * @param planned the first records with where each would go (or why it would not be sent)
 * @param selected how many records the selection takes in all
 */
public record DryRun(List<Planned> planned, int selected, int wouldMove, int wouldFail, int wouldPark) {

    /** One record and its fate: "moved" to {@code target}, "parked", or "failed" with the reason. */
    public record Planned(String id, String replayId, String outcome, String target, String reason) {}

    public DryRun {
        planned = List.copyOf(planned);
    }
}
