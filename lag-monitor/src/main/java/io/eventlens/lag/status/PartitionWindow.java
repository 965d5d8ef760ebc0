package io.eventlens.lag.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The window Burrow keeps per partition, fed by polls: the last {@code intervals} position samples
 * and the last {@code intervals} log ends.
 *
 * <p>Polling sees no commit timestamps and no commit that does not move the offset. A sample is
 * therefore stored when the position moved, or when a live consumer owns the partition (it commits,
 * or reads, even when it does not move); its time is the poll that saw it. A stopped consumer adds
 * nothing, so its window freezes and STOP follows; a live one that does not move fills the window
 * with one position, which is STALL. See docs/lag.md.
 */
public final class PartitionWindow {

    private final StatusRules rules;
    private final boolean positionsCountMessages;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private final ArrayDeque<Long> logEnds = new ArrayDeque<>();

    /** @param positionsCountMessages true when positions are offsets (Kafka), false for Redis stream ids */
    public PartitionWindow(StatusRules rules, boolean positionsCountMessages) {
        this.rules = rules;
        this.positionsCountMessages = positionsCountMessages;
    }

    /** One stored sample: the position, when it was first seen, and the lag at that time (never recomputed). */
    record Sample(long position, Instant at, long lag) {}

    /** Adds one poll's observation. */
    public void observe(Instant now, long position, long logEnd, long lag, boolean owned) {
        logEnds.addLast(logEnd);
        if (logEnds.size() > rules.intervals()) {
            logEnds.removeFirst();
        }
        Sample newest = samples.peekLast();
        if (newest != null && newest.position() == position && !owned) {
            return;
        }
        if (newest != null && Duration.between(newest.at(), now).compareTo(rules.minDistance()) < 0) {
            samples.removeLast();
            samples.addLast(new Sample(position, newest.at(), lag));
            return;
        }
        samples.addLast(new Sample(position, now, lag));
        if (samples.size() > rules.intervals()) {
            samples.removeFirst();
        }
    }

    /** Burrow's rules on the window, with the current lag (log end now minus position now). */
    public Evaluation evaluate(Instant now, long currentLag) {
        return new StatusEngine(rules, positionsCountMessages)
                .evaluate(new ArrayList<>(samples), List.copyOf(logEnds), now, currentLag);
    }

    int size() {
        return samples.size();
    }
}
