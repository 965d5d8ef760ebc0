package io.eventlens.catalog.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Short renderings of values for messages: {@code the string "abc"}, {@code the map {"a":1}}. */
final class JsonText {

    private static final int MAX_CHARS = 60;

    private JsonText() {}

    /** The value's JSON type and (abbreviated) text, as in "found the list [1,2]". */
    static String found(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        return "the " + type(node) + " " + abbreviate(node.toString());
    }

    /** The value's JSON type with an article, as in "the top level is a list". */
    static String kind(JsonNode node) {
        String type = type(node);
        return node.isNull() ? type : "a " + type;
    }

    private static String type(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "map";
            case ARRAY -> "list";
            case STRING -> "string";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    static String abbreviate(String text) {
        return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS - 3) + "...";
    }
}
