package io.eventlens.dlq.headers;

import java.util.List;
import java.util.Objects;

/**
 * What a dead-letter record's headers say, whichever convention wrote them. Any field may be null
 * when its header is absent; a header that is present but cannot be read is a {@link #problems()
 * problem} naming it, never an exception.
 *
 * @param originalTopic the topic (or stream) the record first failed on
 * @param originalPartition its partition there, or null
 * @param originalOffset its offset there (a Redis entry id for streams), or null
 * @param originalTimestamp epoch milliseconds, or null
 * @param consumerGroup the group that failed to process it
 * @param exceptionClass fully qualified class of the failure
 * @param exceptionMessage the failure's message
 * @param stackTrace the failure's stack trace
 * @param attempts deliveries or attempts made before dead-lettering, or null
 * @param replayCount how often EventLens replayed this record already (0 for never)
 * @param all every header in arrival order, each decoded to text for display
 * @param problems headers present but unreadable, each naming the header, its length and what was expected
 */
public record DecodedHeaders(
        Convention convention,
        String originalTopic,
        Integer originalPartition,
        String originalOffset,
        Long originalTimestamp,
        String consumerGroup,
        String exceptionClass,
        String exceptionMessage,
        String stackTrace,
        Integer attempts,
        int replayCount,
        List<Shown> all,
        List<String> problems) {

    public DecodedHeaders {
        Objects.requireNonNull(convention, "convention");
        all = List.copyOf(all);
        problems = List.copyOf(problems);
    }

    /** A header as people read it: its name and its value decoded (text, a number, or hex for bytes). */
    public record Shown(String name, String value) {}
}
