package io.eventlens.flow.trace;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** Arrays and maps of attribute values as JSON text, their items quoted. */
final class AttributeText {

    private AttributeText() {}

    static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
