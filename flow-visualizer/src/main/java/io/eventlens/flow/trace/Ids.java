package io.eventlens.flow.trace;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/** Trace and span ids: OTLP's bytes, OTLP JSON's hex (not base64), checked for length and all-zero. */
final class Ids {

    static final int TRACE_ID_BYTES = 16;
    static final int SPAN_ID_BYTES = 8;

    private Ids() {}

    /** The id in lower-case hex; {@code optional} accepts an empty id (a root span's parent) as "". */
    static String hex(byte[] id, int bytes, String what, boolean optional) {
        if (id.length == 0 && optional) {
            return "";
        }
        String hex = HexFormat.of().formatHex(id);
        if (id.length != bytes) {
            throw new SpanRejectedException(what + " '" + hex + "' has " + id.length + " bytes; OTLP allows exactly "
                    + bytes + " (" + 2 * bytes + " hex digits)");
        }
        if (hex.chars().allMatch(c -> c == '0')) {
            throw new SpanRejectedException(what + " '" + hex + "' is all zeros, which OTLP defines as invalid");
        }
        return hex;
    }

    /** An OTLP JSON id: hex of the right length; {@code base64Too} also reads base64 (Tempo's JSON). */
    static String fromText(String text, int bytes, String what, boolean optional, boolean base64Too) {
        if (text == null || text.isEmpty()) {
            if (optional) {
                return "";
            }
            throw new SpanRejectedException(what + " is missing; OTLP JSON gives it as " + 2 * bytes + " hex digits");
        }
        if (text.length() == 2 * bytes && text.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return hex(HexFormat.of().parseHex(text.toLowerCase(Locale.ROOT)), bytes, what, optional);
        }
        if (base64Too) {
            try {
                return hex(Base64.getDecoder().decode(text), bytes, what, optional);
            } catch (IllegalArgumentException notBase64) {
                // reported below as the hex rule
            }
        }
        throw new SpanRejectedException(what + " '" + abbreviate(text) + "' is not " + 2 * bytes
                + " hex digits (OTLP JSON writes ids in hex, not base64)");
    }

    static String abbreviate(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "... (" + text.length() + " characters)";
    }
}
