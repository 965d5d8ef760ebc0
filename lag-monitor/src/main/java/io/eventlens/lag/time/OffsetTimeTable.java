package io.eventlens.lag.time;

import java.time.Duration;

/**
 * When the log end of one partition reached which offset: a bounded ring of (offset, time) points,
 * as kafka-lag-exporter keeps, with its flat-line compression (a run of equal offsets keeps its first
 * and last point). The age of a committed offset is interpolated between the two points around it and
 * never extrapolated beyond the oldest point. Two {@code long} arrays: 16 bytes per point.
 */
public final class OffsetTimeTable {

    private final long[] offsets;
    private final long[] times;
    private int start;
    private int size;

    /** @param capacity points kept (60 at a 5 s poll is 5 minutes) */
    public OffsetTimeTable(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("lag table capacity is " + capacity + ": at least 2 points are needed");
        }
        offsets = new long[capacity];
        times = new long[capacity];
    }

    /** Records that the log end was at {@code offset} at {@code timeMillis}; older or equal times are ignored. */
    public void add(long offset, long timeMillis) {
        if (size > 0) {
            int newest = index(size - 1);
            if (timeMillis <= times[newest]) {
                return;
            }
            if (offset < offsets[newest]) {
                size = 0; // the log went back: the topic was recreated, the old points mean nothing now
            } else if (size >= 2 && offset == offsets[newest] && offset == offsets[index(size - 2)]) {
                times[newest] = timeMillis;
                return;
            }
        }
        if (size == offsets.length) {
            start = (start + 1) % offsets.length;
            size--;
        }
        int slot = index(size);
        offsets[slot] = offset;
        times[slot] = timeMillis;
        size++;
    }

    /**
     * The age at {@code nowMillis} of the first message after {@code committed}: 0 when the group is at
     * the log end; interpolated between the points around it; {@link LagSeconds.BeyondWindow} when it
     * was produced before the oldest point.
     */
    public LagSeconds lagOf(long committed, long nowMillis) {
        if (size == 0) {
            return new LagSeconds.Unknown("no log end sample yet");
        }
        int newest = index(size - 1);
        if (committed >= offsets[newest]) {
            return new LagSeconds.Known(0);
        }
        long target = committed + 1; // the log end reached committed + 1 when that message was written
        if (size < 2 || target <= offsets[index(0)]) {
            return new LagSeconds.BeyondWindow(Duration.ofMillis(Math.max(0, nowMillis - times[index(0)])));
        }
        for (int i = size - 1; i > 0; i--) {
            int right = index(i);
            int left = index(i - 1);
            if (offsets[left] < target && target <= offsets[right]) {
                double fraction = (double) (target - offsets[left]) / (offsets[right] - offsets[left]);
                double produced = times[left] + fraction * (times[right] - times[left]);
                return new LagSeconds.Known(Math.max(0, (nowMillis - produced) / 1000.0));
            }
        }
        return new LagSeconds.Unknown("offset " + committed + " is not within the table");
    }

    int size() {
        return size;
    }

    private int index(int i) {
        return (start + i) % offsets.length;
    }
}
