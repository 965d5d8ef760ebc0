package io.eventlens.dlq.browse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A payload as people see it: pretty-printed JSON with PII masked, plain text, or a hex dump of
 * binary bytes; never an exception for odd input.
 *
 * @param kind what the bytes turned out to be
 * @param text what to show
 * @param json the parsed payload (unmasked, for filters and validation), or null when not JSON
 * @param note why it is shown as it is (e.g. "not JSON: Unexpected character ... at line 1")
 */
public record PayloadView(Kind kind, String text, JsonNode json, String note) {

    /** What the payload's bytes are. */
    public enum Kind {
        JSON,
        TEXT,
        BINARY,
        EMPTY
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int HEX_BYTES = 512;

    /** Reads {@code value}; JSON is shown masked by {@code masker}. */
    public static PayloadView of(byte[] value, PiiMasker masker) {
        if (value == null || value.length == 0) {
            return new PayloadView(Kind.EMPTY, "", null, value == null ? "no payload (a tombstone)" : "empty payload");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value))
                    .toString();
        } catch (CharacterCodingException e) {
            return new PayloadView(
                    Kind.BINARY, hexDump(value), null, "binary: " + value.length + " bytes, not UTF-8 text");
        }
        try {
            JsonNode json = MAPPER.readTree(text);
            if (json == null || json.isMissingNode()) {
                return new PayloadView(Kind.TEXT, text, null, "not JSON: blank text");
            }
            String shown = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(masker.mask(json));
            return new PayloadView(Kind.JSON, shown, json, null);
        } catch (JsonProcessingException e) {
            return new PayloadView(
                    Kind.TEXT,
                    text,
                    null,
                    "not JSON: " + e.getOriginalMessage()
                            + (e.getLocation() == null
                                    ? ""
                                    : " at line " + e.getLocation().getLineNr() + ", column "
                                            + e.getLocation().getColumnNr()));
        }
    }

    private static String hexDump(byte[] value) {
        StringBuilder out = new StringBuilder();
        HexFormat hex = HexFormat.ofDelimiter(" ");
        for (int at = 0; at < Math.min(value.length, HEX_BYTES); at += 16) {
            out.append(String.format("%04x  ", at))
                    .append(hex.formatHex(value, at, Math.min(at + 16, value.length)))
                    .append('\n');
        }
        if (value.length > HEX_BYTES) {
            out.append("… ").append(value.length - HEX_BYTES).append(" more bytes\n");
        }
        return out.toString();
    }
}
