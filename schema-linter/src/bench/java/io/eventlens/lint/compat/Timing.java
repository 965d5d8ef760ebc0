package io.eventlens.lint.compat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Each engine's own time and number of checks, per corpus set, summed over the rounds. */
final class Timing {

    private final List<String> setOfCheck;
    private final List<String> sets;
    private final long[][] nanos;
    private final long[][] counts;
    private long rounds;
    private long incompatible;

    Timing(int engines, List<String> setOfCheck) {
        this.setOfCheck = List.copyOf(setOfCheck);
        this.sets = List.copyOf(new ArrayList<>(new LinkedHashSet<>(setOfCheck)));
        this.nanos = new long[engines][sets.size()];
        this.counts = new long[engines][sets.size()];
    }

    /** Counts one check; the verdict is counted too so that no engine's work can be optimised away. */
    void add(int engine, int check, long elapsedNanos, boolean compatible) {
        int set = sets.indexOf(setOfCheck.get(check));
        nanos[engine][set] += elapsedNanos;
        counts[engine][set]++;
        incompatible += compatible ? 0 : 1;
    }

    void endRound() {
        rounds++;
    }

    List<String> sets() {
        return sets;
    }

    long rounds() {
        return rounds;
    }

    long incompatible() {
        return incompatible;
    }

    long checks(int engine) {
        long sum = 0;
        for (long c : counts[engine]) {
            sum += c;
        }
        return sum;
    }

    double seconds(int engine) {
        long sum = 0;
        for (long n : nanos[engine]) {
            sum += n;
        }
        return sum / 1e9;
    }

    /** Checks per second of one engine over one set, or over all of them when {@code set} is null. */
    double perSecond(int engine, String set) {
        if (set == null) {
            return checks(engine) / seconds(engine);
        }
        int s = sets.indexOf(set);
        return counts[engine][s] / (nanos[engine][s] / 1e9);
    }
}
