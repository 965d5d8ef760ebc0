package io.eventlens.dlq.replay;

/** Records a job has moved, failed and parked so far. */
public record Totals(long moved, long failed, long parked) {

    public static final Totals ZERO = new Totals(0, 0, 0);

    Totals plus(Totals other) {
        return new Totals(moved + other.moved, failed + other.failed, parked + other.parked);
    }
}
