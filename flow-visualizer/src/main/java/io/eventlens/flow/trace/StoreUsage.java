package io.eventlens.flow.trace;

import java.time.Instant;

/** What the span store holds: how many spans, and when the oldest arrived ({@code null} when empty). */
public record StoreUsage(long spans, Instant oldest) {}
