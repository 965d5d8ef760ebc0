package io.eventlens.catalog.load;

/** Decoding of one JSON Pointer token as written in a {@code $ref} (percent-encoding and ~1, ~0). */
public final class PointerText {

    private PointerText() {}

    public static String unescape(String token) {
        return RefResolver.percentDecode(token).replace("~1", "/").replace("~0", "~");
    }
}
