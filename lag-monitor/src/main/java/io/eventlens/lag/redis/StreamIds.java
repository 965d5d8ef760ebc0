package io.eventlens.lag.redis;

import redis.clients.jedis.StreamEntryID;

/** Stream ids as numbers the status engine can compare: milliseconds and sequence in one {@code long}. */
final class StreamIds {

    private static final long MAX_SEQUENCE = 0xFFFF;

    private StreamIds() {}

    /** Monotonic in the id (sequences above 65535 within one millisecond share a value). */
    static long position(StreamEntryID id) {
        return id.getTime() * (MAX_SEQUENCE + 1) + Math.min(id.getSequence(), MAX_SEQUENCE);
    }

    /** True for 0-0, the id of an empty stream or a group that read nothing. */
    static boolean isZero(StreamEntryID id) {
        return id == null || id.getTime() == 0 && id.getSequence() == 0;
    }
}
