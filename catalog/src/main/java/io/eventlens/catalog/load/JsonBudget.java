package io.eventlens.catalog.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Counts the values and characters of a JSON text in one pass over its tokens, before a tree is built, so a text
 * within the byte limit but over the value or character limit is refused without building it. Malformed JSON is left
 * for the reader, which names what is wrong.
 */
final class JsonBudget {

    private final SourceFile source;
    private final ParseLimits limits;

    JsonBudget(SourceFile source, ParseLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    void check(ObjectMapper json) throws DocumentException {
        long nodes = 0;
        long chars = 0;
        try (JsonParser parser = json.createParser(source.text())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.VALUE_STRING) {
                    chars += parser.getTextLength();
                }
                if (token != JsonToken.FIELD_NAME && !token.isStructEnd()) {
                    nodes++;
                }
                if (nodes > limits.maxNodes()) {
                    throw exceeded(parser, ParseLimits.Limit.NODES, nodes);
                }
                if (chars > limits.maxChars()) {
                    throw exceeded(parser, ParseLimits.Limit.CHARS, chars);
                }
            }
        } catch (JsonProcessingException e) {
            // malformed or over Jackson's own constraints: the reader reports it with its place
        } catch (IOException e) {
            throw new DocumentException(source, Position.UNKNOWN, "", "cannot read JSON: " + e.getMessage());
        }
    }

    private DocumentException exceeded(JsonParser parser, ParseLimits.Limit limit, long reached) {
        JsonLocation at = parser.currentTokenLocation();
        return DocumentException.exceeded(
                source,
                new Position(at.getLineNr(), at.getColumnNr()),
                parser.getParsingContext().pathAsPointer().toString(),
                limits,
                limit,
                reached);
    }
}
