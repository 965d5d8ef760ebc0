package io.eventlens.lag.history;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One point of a chart series: the largest lag seen in a time bucket.
 *
 * @param series "total" for the group, else the partition ("orders-2") or stream
 * @param lagSeconds null when not known in that bucket
 */
public record LagPoint(String series, Instant at, long lag, Double lagSeconds) {

    public LagPoint {
        requireNonNull(series, "series");
        requireNonNull(at, "at");
    }
}
