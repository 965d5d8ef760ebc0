package io.eventlens.lint.compat;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads api-smart-diff's jest cases straight from its TypeScript test sources: each {@code it(...)} block's
 * {@code before} and {@code after} (an object literal or a {@code yaml`...`} template) and every
 * {@code expect(merged...[metaKey]).toMatchObject({...})} entry that carries a {@code type}. A meta entry
 * {@code key: {action, type}} labels {@code <path>/key}; {@code key: {array: {i: {action, type}}}} labels
 * {@code <path>/key/i}, an index into api-smart-diff's merged array. {@code expect(diffs[0])} labels the whole diff.
 */
final class ApiSmartDiffCases {

    /** Labels that classify a change; {@code unclassified} (no verdict) is left out. */
    static final Set<String> CLASSIFIED = Set.of("breaking", "nonBreaking", "annotation", "deprecated");

    private static final JsonMapper JS = JsonMapper.builder()
            .enable(
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final YAMLMapper YAML = new YAMLMapper();

    /** One jest case: its file, its ordinal in the file (1-based), title, schemas and labelled changes. */
    record Test(
            String file,
            int ordinal,
            String title,
            boolean document,
            JsonNode before,
            JsonNode after,
            List<Label> labels) {}

    /** One labelled change: a JSON Pointer into the merged schema ("" with {@code whole}), its action and type. */
    record Label(String pointer, boolean whole, String action, String type) {}

    private ApiSmartDiffCases() {}

    static List<Test> read(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus file " + file, e);
        }
        List<Test> tests = new ArrayList<>();
        int start = source.indexOf("it(\"");
        while (start >= 0) {
            int next = source.indexOf("it(\"", start + 4);
            String block = source.substring(start, next < 0 ? source.length() : next);
            String title = block.substring(4, block.indexOf('"', 4));
            tests.add(new Test(
                    file.getFileName().toString(),
                    tests.size() + 1,
                    title,
                    block.contains("compareAsyncApi("),
                    schema(block, "before"),
                    schema(block, "after"),
                    labels(block)));
            start = next;
        }
        return tests;
    }

    private static JsonNode schema(String block, String name) {
        int at = block.indexOf("const " + name);
        int value = block.indexOf('=', at) + 1;
        while (Character.isWhitespace(block.charAt(value))) {
            value++;
        }
        try {
            if (block.startsWith("yaml`", value)) {
                return YAML.readTree(block.substring(value + 5, block.indexOf('`', value + 5)));
            }
            return js(balanced(block, value));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read '" + name + "' of " + block.lines().findFirst().orElse(""), e);
        }
    }

    private static List<Label> labels(String block) throws UncheckedIOException {
        List<Label> labels = new ArrayList<>();
        int at = block.indexOf("expect(merged");
        while (at >= 0) {
            int end = block.indexOf("[metaKey])", at);
            int open = block.indexOf("toMatchObject(", at) + "toMatchObject(".length();
            if (end >= 0 && end < open) {
                String base = pointer(block.substring(at + "expect(merged".length(), end));
                walk(base, js(balanced(block, open)), labels);
            }
            at = block.indexOf("expect(merged", at + 1);
        }
        int whole = block.indexOf("expect(diffs[0]).toMatchObject(");
        if (whole >= 0) {
            JsonNode entry = js(balanced(block, whole + "expect(diffs[0]).toMatchObject(".length()));
            labels.add(new Label(
                    "", true, entry.path("action").asText(), entry.path("type").asText()));
        }
        return labels;
    }

    private static void walk(String base, JsonNode meta, List<Label> labels) {
        for (Iterator<Map.Entry<String, JsonNode>> it = meta.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String at = Json.child(base, field.getKey());
            JsonNode array = field.getValue().get("array");
            if (array != null) {
                array.fields().forEachRemaining(e -> add(Json.child(at, e.getKey()), e.getValue(), labels));
            } else {
                add(at, field.getValue(), labels);
            }
        }
    }

    private static void add(String pointer, JsonNode entry, List<Label> labels) {
        if (entry.has("type")) {
            labels.add(new Label(
                    pointer,
                    false,
                    entry.path("action").asText(),
                    entry.get("type").asText()));
        }
    }

    /** {@code .items[0]["^a$"]} to {@code /items/0/^a$}. */
    static String pointer(String path) {
        String pointer = "";
        int i = 0;
        while (i < path.length()) {
            int end;
            String name;
            if (path.startsWith("[\"", i)) {
                end = path.indexOf("\"]", i + 2) + 2;
                name = path.substring(i + 2, end - 2);
            } else if (path.charAt(i) == '[') {
                end = path.indexOf(']', i) + 1;
                name = path.substring(i + 1, end - 1);
            } else {
                end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                name = path.substring(i + 1, end);
            }
            pointer = Json.child(pointer, name);
            i = end;
        }
        return pointer;
    }

    /** The object literal opening at {@code open} ('{'), up to its matching brace; strings are skipped. */
    static String balanced(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote && text.charAt(i - 1) != '\\' ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return text.substring(open, i + 1);
            }
        }
        throw new IllegalArgumentException("unbalanced literal at offset " + open);
    }

    /** A JavaScript object literal as JSON: unquoted keys, trailing commas, comments and the label constants. */
    static JsonNode js(String literal) {
        String quoted =
                literal.replaceAll(":\\s*(breaking|nonBreaking|annotation|unclassified|deprecated)\\b", ": \"$1\"");
        try {
            return JS.readTree(quoted);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON-like literal: " + literal, e);
        }
    }
}
