package io.eventlens.dlq.replay;

import io.eventlens.dlq.validate.SchemaVerdict;

/**
 * A fixed record: sent to {@code target} when its new payload validated, else refused with the verdict.
 *
 * @param sent true when the fixed record was sent (and audited with both versions)
 */
public record FixResult(boolean sent, String target, SchemaVerdict verdict, String replayId) {}
