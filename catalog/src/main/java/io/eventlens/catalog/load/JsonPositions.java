package io.eventlens.catalog.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Positions in JSON text that YAML cannot compose (tab indentation): found by streaming the text with Jackson. */
final class JsonPositions {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonPositions() {}

    /** Where the value at {@code pointer} (or its deepest ancestor met) starts; UNKNOWN when the text is not JSON. */
    static Position locate(String text, String pointer) {
        Position best = Position.UNKNOWN;
        int bestLength = -1;
        try (JsonParser parser = FACTORY.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                String at = parser.getParsingContext().pathAsPointer().toString();
                boolean within = pointer.equals(at) || pointer.startsWith(at + "/") || at.isEmpty();
                if (within && at.length() > bestLength) {
                    JsonLocation location = parser.currentTokenLocation();
                    best = new Position(location.getLineNr(), location.getColumnNr());
                    bestLength = at.length();
                }
            }
        } catch (IOException e) {
            return best;
        }
        return best;
    }
}
