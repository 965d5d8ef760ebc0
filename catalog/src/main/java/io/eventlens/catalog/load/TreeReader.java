package io.eventlens.catalog.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads one file's text as a Jackson tree: JSON by Jackson, everything else as YAML 1.2. */
final class TreeReader {

    private final LoadOptions options;
    private final ObjectMapper json;

    TreeReader(LoadOptions options) {
        this.options = options;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(options.maxDepth())
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, options.maxBytes()))
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.json = new ObjectMapper(factory).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    JsonNode read(SourceFile source) throws DocumentException {
        if (source.text().length() > options.maxBytes()) {
            throw new DocumentException(
                    source,
                    new Position(1, 1),
                    "",
                    "file has " + source.text().length() + " characters; at most " + options.maxBytes()
                            + " allowed (setting maxBytes)");
        }
        if (source.text().isBlank()) {
            throw new DocumentException(
                    source, new Position(1, 1), "", "file is empty; expected a JSON or YAML document");
        }
        return source.isJson() ? readJson(source) : readYaml(source);
    }

    private JsonNode readJson(SourceFile source) throws DocumentException {
        try (JsonParser parser = json.createParser(source.text())) {
            try {
                JsonNode tree = json.readTree(parser);
                if (parser.nextToken() != null) {
                    throw jsonError(
                            source,
                            parser.currentTokenLocation(),
                            "more content after the end of the document; expected one JSON value");
                }
                return tree;
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw jsonError(source, at, e.getOriginalMessage());
            }
        } catch (java.io.IOException e) {
            throw new DocumentException(source, Position.UNKNOWN, "", "cannot read JSON: " + e.getMessage());
        }
    }

    private static DocumentException jsonError(SourceFile source, JsonLocation at, String message) {
        Position where = at == null ? Position.UNKNOWN : new Position(at.getLineNr(), at.getColumnNr());
        return new DocumentException(source, where, "", "malformed JSON: " + message);
    }

    private JsonNode readYaml(SourceFile source) throws DocumentException {
        try {
            return new YamlToJson(source).convert(YamlTrees.compose(source.text(), options));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position where = mark == null ? Position.UNKNOWN : new Position(mark.getLine() + 1, mark.getColumn() + 1);
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? e.getContext() + ": " : "";
            throw new DocumentException(source, where, "", "malformed YAML: " + context + what);
        } catch (YAMLException e) {
            throw new DocumentException(source, new Position(1, 1), "", "YAML refused: " + e.getMessage());
        }
    }
}
