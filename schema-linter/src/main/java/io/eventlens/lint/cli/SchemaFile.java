package io.eventlens.lint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.eventlens.lint.compat.SchemaLanguage;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A JSON Schema, Avro schema (or any JSON/YAML) file read with the line and column of every value, by JSON Pointer. */
record SchemaFile(String name, JsonNode tree, Map<String, int[]> positions) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Reads {@code path}; a file that is missing, not UTF-8 or not JSON/YAML is an {@link InputError} naming it. */
    static SchemaFile read(Path path) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputError(path + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InputError(path + ": cannot read (" + e.getMessage() + ")");
        }
        ObjectMapper mapper = path.toString().toLowerCase(Locale.ROOT).matches(".*\\.ya?ml") ? YAML : JSON;
        try {
            JsonNode tree = mapper.readTree(text);
            if (tree == null || tree.isMissingNode()) {
                throw new InputError(path + ": empty file; expected a JSON Schema or an AsyncAPI document");
            }
            return new SchemaFile(path.toString(), tree, positions(mapper.getFactory(), text));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new InputError(
                    path + where + ": not valid " + (mapper == YAML ? "YAML" : "JSON") + ": " + e.getOriginalMessage());
        }
    }

    private static Map<String, int[]> positions(JsonFactory factory, String text) throws JsonProcessingException {
        Map<String, int[]> positions = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    JsonLocation at = parser.currentTokenLocation();
                    positions.putIfAbsent(
                            parser.getParsingContext().pathAsPointer().toString(),
                            new int[] {at.getLineNr(), at.getColumnNr()});
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new InputError("cannot read positions: " + e.getMessage());
        }
        return positions;
    }

    /** The position of the value at {@code pointer}, or of its nearest ancestor; {@code {0, 0}} when unknown. */
    int[] locate(String pointer) {
        String at = pointer;
        while (true) {
            int[] position = positions.get(at);
            if (position != null || at.isEmpty()) {
                return position != null ? position : new int[] {0, 0};
            }
            at = at.substring(0, Math.max(0, at.lastIndexOf('/')));
        }
    }

    boolean asyncApi() {
        return tree.isObject() && tree.has("asyncapi");
    }

    /**
     * Whether the file is an Avro schema: named {@code .avsc}, or a tree no JSON Schema can be ({@link
     * SchemaLanguage#of}).
     */
    boolean avro() {
        return name.toLowerCase(Locale.ROOT).endsWith(".avsc") || SchemaLanguage.of(tree) == SchemaLanguage.AVRO;
    }
}
