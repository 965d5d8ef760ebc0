package io.eventlens.lag.source;

import java.time.Duration;

/**
 * Redis Streams' pending entries list of a group: delivered, not yet acknowledged.
 *
 * @param count how many (XPENDING)
 * @param oldestAge age of the oldest pending entry, from its stream id; null when none is pending
 * @param maxDeliveries the highest delivery count among the oldest pending entries read (up to 100)
 */
public record Pending(long count, Duration oldestAge, long maxDeliveries) {}
