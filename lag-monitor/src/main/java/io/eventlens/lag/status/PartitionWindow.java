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
 *
 * <p>Apart from the samples it remembers since when the position stands where it is and since when no
 * live consumer owns the partition, with the log end at each time: a group that committed once and lost
 * its members adds one sample only, and Burrow's rules would call it OK ("not enough samples") forever.
 */
public final class PartitionWindow {

    private final StatusRules rules;
    private final boolean positionsCountMessages;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private final ArrayDeque<Long> logEnds = new ArrayDeque<>();
    /** The position now, when it was first seen there, and the log end and lag then. */
    private Since still;
    /** The first poll since the last one with an owner (null while owned), with the log end and lag then. */
    private Since unowned;

    private long logEndNow;

    /** @param positionsCountMessages true when positions are offsets (Kafka), false for Redis stream ids */
    public PartitionWindow(StatusRules rules, boolean positionsCountMessages) {
        this.rules = rules;
        this.positionsCountMessages = positionsCountMessages;
    }

    /** One stored sample: the position, when it was first seen, and the lag at that time (never recomputed). */
    record Sample(long position, Instant at, long lag) {}

    /** A moment the partition was first seen in some state, with its log end and lag then. */
    record Since(long position, Instant at, long logEnd, long lag) {}

    /** Adds one poll's observation. */
    public void observe(Instant now, long position, long logEnd, long lag, boolean owned) {
        if (still == null || still.position() != position) {
            still = new Since(position, now, logEnd, lag);
        }
        if (owned) {
            unowned = null;
        } else if (unowned == null) {
            unowned = new Since(position, now, logEnd, lag);
        }
        logEndNow = logEnd;
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
                .evaluate(
                        new ArrayList<>(samples),
                        List.copyOf(logEnds),
                        unowned == null ? null : new Unattended(still, unowned, logEndNow),
                        now,
                        currentLag);
    }

    /**
     * No live consumer owns the partition now.
     *
     * @param still since when the position stands where it is
     * @param unowned since when no live consumer owns the partition
     * @param logEndNow the log end of the last poll
     */
    record Unattended(Since still, Since unowned, long logEndNow) {

        /** The later of the two: since when the partition has been both unowned and not moving. */
        Since both() {
            return unowned.at().isAfter(still.at()) ? unowned : still;
        }
    }

    int size() {
        return samples.size();
    }
}
