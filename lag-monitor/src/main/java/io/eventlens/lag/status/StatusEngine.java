package io.eventlens.lag.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Burrow's per-partition rules ({@code calculatePartitionStatus}), in Burrow's order: not enough data
 * or current lag within allowed is OK; then STOP, REWIND; then, only when the lag was above allowed in
 * every sample, STALL and WARN; else OK. Before them one rule of ours: STOP when nobody owns the
 * partition and its position stood while records arrived for {@code stopped-after}.
 */
final class StatusEngine {

    private final StatusRules rules;
    private final boolean positionsCountMessages;

    /** @param positionsCountMessages false when positions are not offsets (Redis stream ids): no "moved N messages" */
    StatusEngine(StatusRules rules, boolean positionsCountMessages) {
        this.rules = rules;
        this.positionsCountMessages = positionsCountMessages;
    }

    Evaluation evaluate(
            List<PartitionWindow.Sample> samples,
            List<Long> logEnds,
            PartitionWindow.Unattended unattended,
            Instant now,
            long currentLag) {
        if (samples.isEmpty()) {
            return Evaluation.ok("no position seen yet");
        }
        if (unattended != null && currentLag > rules.allowedLag()) {
            Evaluation stopped = unattendedStop(unattended, now, currentLag);
            if (stopped != null) {
                return stopped;
            }
        }
        double complete = (double) samples.size() / rules.intervals();
        if (complete < rules.minimumComplete()) {
            return Evaluation.ok("not enough samples to judge yet (" + samples.size() + " of " + rules.intervals()
                    + ", minimum-complete " + rules.minimumComplete() + ")");
        }
        if (currentLag <= rules.allowedLag()) {
            return Evaluation.ok(
                    currentLag == 0
                            ? "caught up"
                            : "lag " + currentLag + " is within the allowed " + rules.allowedLag());
        }
        PartitionWindow.Sample first = samples.get(0);
        PartitionWindow.Sample last = samples.get(samples.size() - 1);
        long moved = logEnds.get(logEnds.size() - 1) - logEnds.get(0);
        String logEndMoved = positionsCountMessages ? "moved " + moved + " messages" : (moved > 0 ? "moved" : "held");
        Evaluation stop = stop(first, last, logEnds, now, currentLag, logEndMoved);
        if (stop != null) {
            return stop;
        }
        Evaluation rewind = rewind(samples);
        if (rewind != null) {
            return rewind;
        }
        if (samples.stream().allMatch(sample -> sample.lag() > rules.allowedLag())) {
            if (samples.stream().allMatch(sample -> sample.position() == first.position())) {
                return new Evaluation(
                        Status.STALL,
                        "committed offset has not moved in " + samples.size() + " samples while the log end "
                                + logEndMoved + " (lag " + first.lag() + " to " + last.lag()
                                + "); a consumer is attached but makes no progress");
            }
            if (lagNeverDecreased(samples)) {
                return new Evaluation(
                        Status.WARN,
                        "lag grew or held in each of " + samples.size() + " samples (from " + first.lag() + " to "
                                + last.lag() + ") although the committed offset moved: the consumer is not keeping up");
            }
            return Evaluation.ok("lag " + currentLag + " went down in the window: the consumer is catching up");
        }
        return Evaluation.ok(
                "lag " + currentLag + " was within the allowed " + rules.allowedLag() + " at least once in the window");
    }

    /** Idle longer than the window spans, unless the log end was at the position in the recent log ends. */
    private Evaluation stop(
            PartitionWindow.Sample first,
            PartitionWindow.Sample last,
            List<Long> logEnds,
            Instant now,
            long currentLag,
            String logEndMoved) {
        Duration idle = Duration.between(last.at(), now);
        Duration span = Duration.between(first.at(), last.at());
        boolean recentLagZero = logEnds.stream().anyMatch(logEnd -> logEnd <= last.position());
        if (idle.compareTo(span) <= 0 || recentLagZero) {
            return null;
        }
        return new Evaluation(
                Status.STOP,
                "committed offset has not moved for " + words(idle) + ", longer than the window spans ("
                        + words(span) + "), while the log end " + logEndMoved + " (lag now "
                        + currentLag + "); no consumer is attached");
    }

    /**
     * STOP without enough samples: no live consumer, the position unchanged and the log end moving, for at
     * least {@code stopped-after} (both at once). Burrow has no such rule: a group that committed once and
     * died adds one commit sample only, and its window never fills.
     */
    private Evaluation unattendedStop(PartitionWindow.Unattended unattended, Instant now, long currentLag) {
        PartitionWindow.Since both = unattended.both();
        long arrivedSinceBoth = unattended.logEndNow() - both.logEnd();
        if (Duration.between(both.at(), now).compareTo(rules.stoppedAfter()) < 0 || arrivedSinceBoth <= 0) {
            return null;
        }
        PartitionWindow.Since still = unattended.still();
        String members = unattended.unowned().at().isAfter(still.at())
                ? (positionsCountMessages ? "no members for " : "no active consumer for ")
                        + words(Duration.between(unattended.unowned().at(), now)) + ", "
                : positionsCountMessages ? "no members, " : "no active consumer, ";
        String arrived = positionsCountMessages
                ? count(unattended.logEndNow() - still.logEnd()) + " records arrived (lag now " + count(currentLag)
                        + ")"
                : "entries arrived (lag " + count(still.lag()) + " then, " + count(currentLag) + " now)";
        return new Evaluation(
                Status.STOP,
                members + (positionsCountMessages ? "committed offset" : "acknowledged position") + " unchanged for "
                        + words(Duration.between(still.at(), now)) + " while " + arrived);
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A step back that no later sample has come back from. */
    private static Evaluation rewind(List<PartitionWindow.Sample> samples) {
        for (int i = 1; i < samples.size(); i++) {
            PartitionWindow.Sample previous = samples.get(i - 1);
            long before = previous.position();
            long after = samples.get(i).position();
            if (after < before) {
                boolean recovered =
                        samples.subList(i, samples.size()).stream().anyMatch(sample -> sample.position() >= before);
                if (!recovered) {
                    return new Evaluation(
                            Status.REWIND,
                            "committed offset went back (lag " + previous.lag() + " to "
                                    + samples.get(i).lag()
                                    + ") and has not come back: the offsets were reset or the consumer rewound");
                }
            }
        }
        return null;
    }

    private static boolean lagNeverDecreased(List<PartitionWindow.Sample> samples) {
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).lag() < samples.get(i - 1).lag()) {
                return false;
            }
        }
        return true;
    }

    static String words(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 7200) {
            return seconds / 60 + " min";
        }
        return seconds / 3600 + " h";
    }
}
