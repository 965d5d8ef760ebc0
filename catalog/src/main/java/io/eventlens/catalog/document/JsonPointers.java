package io.eventlens.catalog.document;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Pointers (RFC 6901) as plain strings: {@code ""} is the whole document, {@code "/a~1b/0"} the first item of
 * the member named {@code a/b}. Strings rather than Jackson's {@code JsonPointer} because every finding, problem
 * and report carries its pointer as text.
 */
public final class JsonPointers {

    private JsonPointers() {}

    /** One reference token as written in a pointer: {@code ~} becomes {@code ~0}, {@code /} becomes {@code ~1}. */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token; // the common case, without two scans that copy
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** The reverse of {@link #escape}. */
    public static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }

    /** The pointer to member {@code token} of the value at {@code pointer}. */
    public static String child(String pointer, String token) {
        return pointer + "/" + escape(token);
    }

    /** The pointer to item {@code index} of the array at {@code pointer}. */
    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** The pointer through each of {@code tokens} in turn from {@code pointer}. */
    public static String child(String pointer, String... tokens) {
        StringBuilder at = new StringBuilder(pointer);
        for (String token : tokens) {
            at.append('/').append(escape(token));
        }
        return at.toString();
    }

    /** The unescaped reference tokens of a pointer, which must be empty or start with {@code /}. */
    public static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(unescape(raw));
        }
        return tokens;
    }

    /** The last unescaped token of a pointer, or {@code ""} for the whole document. */
    public static String last(String pointer) {
        return pointer.isEmpty() ? "" : unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    /** One token as written in a {@code $ref} fragment: percent-decoded (RFC 3986), then unescaped. */
    public static String refToken(String token) {
        return unescape(percentDecode(token));
    }

    /** Percent-decoding of a URI part ({@code %7B} is {@code {}); a {@code +} stays a plus. */
    public static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
