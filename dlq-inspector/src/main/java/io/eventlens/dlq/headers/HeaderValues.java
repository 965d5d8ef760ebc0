package io.eventlens.dlq.headers;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The headers of one record by name, with typed reads that note a problem instead of throwing. */
final class HeaderValues {

    private static final int HEX_PREVIEW = 32;

    private final Map<String, List<byte[]>> byName = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    HeaderValues(List<RawHeader> headers) {
        for (RawHeader header : headers) {
            byName.computeIfAbsent(header.name(), name -> new ArrayList<>()).add(header.value());
        }
    }

    boolean has(String name) {
        return byName.containsKey(name);
    }

    boolean hasPrefix(String prefix) {
        return byName.keySet().stream().anyMatch(name -> name.startsWith(prefix));
    }

    List<String> problems() {
        return problems;
    }

    /** The first value: with Spring's appended origin headers, the true origin. */
    byte[] first(String name) {
        List<byte[]> values = byName.get(name);
        return values == null ? null : values.get(0);
    }

    /** The last value: the latest hop, as Kafka's {@code lastHeader}. */
    byte[] last(String name) {
        List<byte[]> values = byName.get(name);
        return values == null ? null : values.get(values.size() - 1);
    }

    String text(byte[] value) {
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    /** A 4-byte big-endian int (Spring's encoding); other lengths are a problem. */
    Integer int32(String name, byte[] value, String writer) {
        if (value == null) {
            return null;
        }
        if (value.length != Integer.BYTES) {
            problems.add(wrongLength(name, value, writer + " writes a 4-byte big-endian int"));
            return null;
        }
        return ByteBuffer.wrap(value).getInt();
    }

    /** An 8-byte big-endian long (Spring's encoding); other lengths are a problem. */
    Long int64(String name, byte[] value, String writer) {
        if (value == null) {
            return null;
        }
        if (value.length != Long.BYTES) {
            problems.add(wrongLength(name, value, writer + " writes an 8-byte big-endian long"));
            return null;
        }
        return ByteBuffer.wrap(value).getLong();
    }

    /** A number written as decimal text (Kafka Connect, Redis fields); other text is a problem. */
    Long decimal(String name, byte[] value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            problems.add("header " + name + " is '" + abbreviate(text) + "'; a decimal number is expected");
            return null;
        }
    }

    /** Retry attempts: 4 bytes, or 1 byte in Spring Kafka's legacy form. */
    Integer attempts(String name) {
        byte[] value = last(name);
        if (value != null && value.length == 1) {
            return (int) value[0];
        }
        return int32(name, value, "Spring Kafka");
    }

    /** Every header decoded for display: text when it is valid UTF-8, else hex. */
    List<DecodedHeaders.Shown> shown() {
        List<DecodedHeaders.Shown> shown = new ArrayList<>();
        byName.forEach(
                (name, values) -> values.forEach(value -> shown.add(new DecodedHeaders.Shown(name, show(value)))));
        return shown;
    }

    static String show(byte[] value) {
        if (value == null) {
            return "(null)";
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value));
            String text = chars.toString();
            if (text.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t')) {
                return text;
            }
        } catch (CharacterCodingException e) {
            // not text: shown as hex below
        }
        return hex(value);
    }

    static String hex(byte[] value) {
        String hex = HexFormat.of().formatHex(value, 0, Math.min(value.length, HEX_PREVIEW));
        return "0x" + hex + (value.length > HEX_PREVIEW ? "… (" + value.length + " bytes)" : "");
    }

    private static String wrongLength(String name, byte[] value, String expected) {
        return "header " + name + " has " + value.length + " byte(s) (" + hex(value) + "); " + expected;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
