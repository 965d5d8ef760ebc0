package io.eventlens.dlq.replay;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How replays behave.
 *
 * @param policy which headers replayed records keep, lose and gain
 * @param maxReplays the loop guard: a record already replayed this many times is parked instead
 * @param protectedTopics topics never written to by a replay
 * @param staleAfter a running job whose runner has not beaten for this long is taken over
 * @param owner this instance's name in the job table
 */
public record ReplaySettings(
        HeaderPolicy policy, int maxReplays, Set<String> protectedTopics, Duration staleAfter, String owner) {

    public ReplaySettings {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(owner, "owner");
        protectedTopics = Set.copyOf(protectedTopics);
        if (maxReplays < 1) {
            throw new IllegalArgumentException("maxReplays " + maxReplays + " is out of range: at least 1");
        }
    }
}
