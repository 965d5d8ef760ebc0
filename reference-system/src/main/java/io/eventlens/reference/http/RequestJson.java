package io.eventlens.reference.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.eventlens.reference.event.EventCodec;
import java.io.IOException;

/**
 * Reads a request body as one JSON value, or refuses it with a 400 problem that says where and why: malformed
 * JSON, a key given twice, a value past the reader's limits (nesting depth, number length, key length) or
 * trailing content.
 */
public final class RequestJson {

    private static final ObjectReader READER = EventCodec.JSON
            .reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private RequestJson() {}

    /** The body as a JSON value (never null); 400 when it is none. */
    public static JsonNode read(byte[] body) {
        try {
            JsonNode root = READER.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw refused("the body is empty: expected a JSON value");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw refused("the body exceeds a limit of the JSON reader" + at(e.getLocation()) + ": "
                    + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw refused("malformed JSON" + at(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw refused("the body cannot be read as JSON: " + e.getMessage());
        }
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0
                ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static InvalidRequestException refused(String detail) {
        return new InvalidRequestException(Problem.of("malformed-json", "The body is not valid JSON", 400, detail));
    }
}
