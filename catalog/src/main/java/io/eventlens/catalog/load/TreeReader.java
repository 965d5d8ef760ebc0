package io.eventlens.catalog.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one file's text as a Jackson tree: {@code .json}/{@code .avsc} by Jackson, {@code .yaml}/{@code .yml} as YAML
 * 1.2, other text by how it starts.
 */
final class TreeReader {

    private static final Pattern JSON_START = Pattern.compile("\\s*[\\[{\"]");
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.*)'");

    private final ParseLimits limits;
    private final ObjectMapper json;

    TreeReader(ParseLimits limits) {
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        // characters are counted by JsonBudget, which names the limit
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.json = new ObjectMapper(factory).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    JsonNode read(SourceFile source) throws DocumentException {
        if (source.text().length() > limits.maxBytes()) {
            throw DocumentException.exceeded(
                    source,
                    new Position(1, 1),
                    "",
                    limits,
                    ParseLimits.Limit.BYTES,
                    source.text().length());
        }
        if (source.text().isBlank()) {
            throw new DocumentException(
                    source, new Position(1, 1), "", "file is empty; expected a JSON or YAML document");
        }
        if (source.isJson()) {
            return readJson(source);
        }
        if (source.isYaml() || !JSON_START.matcher(source.text()).lookingAt()) {
            return readYaml(source);
        }
        // Unnamed text that looks like JSON: strict JSON first (YAML refuses tab indentation), then YAML flow style.
        try {
            return readJson(source);
        } catch (DocumentException notJson) {
            if (notJson.exceedsLimit()) {
                throw notJson;
            }
            try {
                return readYaml(source);
            } catch (DocumentException notYaml) {
                throw notJson;
            }
        }
    }

    private JsonNode readJson(SourceFile source) throws DocumentException {
        new JsonBudget(source, limits).check(json);
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
        } catch (IOException e) {
            throw new DocumentException(source, Position.UNKNOWN, "", "cannot read JSON: " + e.getMessage());
        }
    }

    /** Jackson names a duplicate only in its message: worded here as YAML's, so both refuse it alike. */
    private static DocumentException jsonError(SourceFile source, JsonLocation at, String message) {
        Position where = at == null ? Position.UNKNOWN : new Position(at.getLineNr(), at.getColumnNr());
        Matcher duplicate = DUPLICATE_FIELD.matcher(message);
        return new DocumentException(
                source,
                where,
                "",
                duplicate.matches() ? YamlToJson.duplicateKey(duplicate.group(1)) : "malformed JSON: " + message);
    }

    /** Refuses a run of characters without a space or line break longer than SnakeYAML scans in linear time. */
    private void checkWords(SourceFile source) throws DocumentException {
        String text = source.text();
        int line = 1;
        int lineStart = 0;
        int wordStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                wordStart = i + 1;
                if (c == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            } else if (i - wordStart >= limits.maxYamlWord()) {
                int end = i;
                while (end < text.length() && " \t\n\r".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                throw DocumentException.exceeded(
                        source,
                        new Position(line, wordStart - lineStart + 1),
                        "",
                        limits,
                        ParseLimits.Limit.YAML_WORD,
                        end - wordStart);
            }
        }
    }

    private JsonNode readYaml(SourceFile source) throws DocumentException {
        checkWords(source);
        try {
            Node composed = YamlTrees.compose(source.text(), limits);
            new YamlBudget(source, limits).check(composed);
            return new YamlToJson(source).convert(composed);
        } catch (DepthLimitedParser.TooDeep e) {
            Position at =
                    e.mark == null ? Position.UNKNOWN : new Position(e.mark.getLine() + 1, e.mark.getColumn() + 1);
            throw DocumentException.exceeded(source, at, "", limits, ParseLimits.Limit.DEPTH, e.depth);
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
