package io.eventlens.dlq.replay;

import io.eventlens.dlq.browse.DlqMessage;
import io.eventlens.dlq.headers.HeaderNames;
import io.eventlens.dlq.headers.RawHeader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Which headers a replayed record keeps, loses and gains. Kept: everything not stripped (the
 * original-* family stays, so consumers can still see where a record came from). Stripped by
 * default: the failure (exception headers), the retry bookkeeping (attempts, back-off) so the record
 * starts its retries afresh, Connect's and Streams' error headers. Added: the deterministic replay id,
 * the replay count and the job.
 *
 * @param strip header names to drop; a name ending in {@code *} drops every header it prefixes
 */
public record HeaderPolicy(List<String> strip) {

    public static final List<String> DEFAULT_STRIP = List.of(
            "kafka_dlt-exception-*",
            "kafka_exception-*",
            "kafka_dlt-key-exception-*",
            "kafka_key-exception-*",
            "retry_topic-*",
            "__connect.errors.*",
            "__streams.errors.*",
            "eventlens-replay-*");

    public HeaderPolicy {
        strip = List.copyOf(strip);
    }

    public static HeaderPolicy defaults() {
        return new HeaderPolicy(DEFAULT_STRIP);
    }

    /** The headers to send with {@code message}, replayed by {@code jobId}. */
    public List<RawHeader> apply(DlqMessage message, String jobId) {
        List<RawHeader> out = new ArrayList<>();
        for (RawHeader header : message.rawHeaders()) {
            if (!stripped(header.name())) {
                out.add(header);
            }
        }
        out.add(text(HeaderNames.REPLAY_ID, message.replayId()));
        out.add(text(HeaderNames.REPLAY_COUNT, String.valueOf(message.headers().replayCount() + 1)));
        out.add(text(HeaderNames.REPLAY_JOB, jobId));
        return out;
    }

    boolean stripped(String name) {
        for (String rule : strip) {
            if (rule.endsWith("*") ? name.startsWith(rule.substring(0, rule.length() - 1)) : name.equals(rule)) {
                return true;
            }
        }
        return false;
    }

    private static RawHeader text(String name, String value) {
        return new RawHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
