package io.eventlens.catalog.load;

import java.util.ArrayList;
import java.util.List;

/** JSON Pointer (RFC 6901) helpers over plain strings; {@code ""} is the whole document. */
final class Pointers {

    private Pointers() {}

    static String child(String pointer, String token) {
        return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** The unescaped reference tokens of a pointer; the pointer must be empty or start with '/'. */
    static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}
