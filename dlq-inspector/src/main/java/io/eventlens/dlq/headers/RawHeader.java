package io.eventlens.dlq.headers;

import java.util.Objects;

/**
 * One header as it arrived: a Kafka record header, or a Redis stream field (its UTF-8 bytes).
 *
 * @param value the bytes; null for a Kafka header sent without a value
 */
public record RawHeader(String name, byte[] value) {

    public RawHeader {
        Objects.requireNonNull(name, "name");
    }
}
