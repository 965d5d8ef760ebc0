package io.eventlens.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.load.ParseLimits;
import io.eventlens.catalog.load.TextTree;
import io.eventlens.catalog.load.UnreadableTextException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code eventlens-lint.yaml}:
 * <pre>
 * rules:                       # rule id: error | warn | info | off
 *   eventlens-event-name-past-tense: error
 * options:
 *   envelope-fields: [event_id, timestamp, source, schema_version, correlation_id]
 *   min-payload-fields: 1
 * </pre>
 * Anything else is an error naming the value, where it is and what is allowed.
 */
public final class LintConfigReader {

    /** The file name looked for beside the linted files. */
    public static final String FILE_NAME = "eventlens-lint.yaml";

    private static final Set<String> SECTIONS = Set.of("rules", "options");
    private static final Set<String> OPTIONS = Set.of("envelope-fields", "min-payload-fields");

    private LintConfigReader() {}

    /** Reads a configuration; rule ids must be among {@code ruleIds}. */
    public static LintConfig read(Path file, Set<String> ruleIds) {
        String text;
        JsonNode tree;
        try {
            text = Files.readString(file);
            if (text.isBlank()) {
                return LintConfig.defaults();
            }
            tree = TextTree.read(file.toString(), text, ParseLimits.defaults()).tree();
        } catch (IOException e) {
            throw new LintConfigException(file + ": cannot read the lint configuration: " + e.getMessage());
        } catch (UnreadableTextException e) {
            throw new LintConfigException(e.getMessage());
        }
        Where where = new Where(file, text);
        if (tree.isNull()) {
            return LintConfig.defaults();
        }
        if (!tree.isObject()) {
            throw new LintConfigException(
                    where.at("", "the configuration must be a mapping with 'rules' and 'options'"));
        }
        tree.fieldNames().forEachRemaining(name -> {
            if (!SECTIONS.contains(name)) {
                throw new LintConfigException(
                        where.at(name, "unknown section '" + name + "'; allowed: rules, options"));
            }
        });
        return new LintConfig(
                levels(tree.path("rules"), ruleIds, where),
                envelope(tree.path("options"), where),
                minFields(tree.path("options"), where));
    }

    private static Map<String, Level> levels(JsonNode rules, Set<String> ruleIds, Where where) {
        Map<String, Level> levels = new LinkedHashMap<>();
        if (rules.isMissingNode() || rules.isNull()) {
            return levels;
        }
        if (!rules.isObject()) {
            throw new LintConfigException(where.at("rules", "'rules' must map rule ids to error, warn, info or off"));
        }
        rules.fields().forEachRemaining(entry -> {
            String id = entry.getKey();
            if (!ruleIds.contains(id)) {
                throw new LintConfigException(where.at(
                        id, "unknown rule '" + id + "'; known rules: " + String.join(", ", new TreeSet<>(ruleIds))));
            }
            JsonNode value = entry.getValue();
            Level level = value.isTextual() ? Level.parseOrNull(value.asText()) : null;
            if (level == null) {
                throw new LintConfigException(where.at(
                        id,
                        "unknown severity '"
                                + entry.getValue().asText(entry.getValue().toString()) + "' for rule " + id
                                + "; allowed: " + Level.allowed()));
            }
            levels.put(id, level);
        });
        return levels;
    }

    private static List<String> envelope(JsonNode options, Where where) {
        options.fieldNames().forEachRemaining(name -> {
            if (!OPTIONS.contains(name)) {
                throw new LintConfigException(
                        where.at(name, "unknown option '" + name + "'; allowed: envelope-fields, min-payload-fields"));
            }
        });
        JsonNode fields = options.get("envelope-fields");
        if (fields == null) {
            return LintConfig.DEFAULT_ENVELOPE;
        }
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.asText()));
        if (!fields.isArray() || names.stream().anyMatch(String::isBlank)) {
            throw new LintConfigException(where.at(
                    "envelope-fields", "'envelope-fields' must be a list of field names, e.g. [event_id, timestamp]"));
        }
        return names;
    }

    private static int minFields(JsonNode options, Where where) {
        JsonNode min = options.get("min-payload-fields");
        if (min == null) {
            return 1;
        }
        if (!min.canConvertToInt() || !min.isIntegralNumber() || min.asInt() < 0) {
            throw new LintConfigException(where.at(
                    "min-payload-fields", "'min-payload-fields' is " + min + "; allowed: a whole number, 0 or more"));
        }
        return min.asInt();
    }

    /** Places a message at the first line that holds {@code key:} (the file is small and flat). */
    private record Where(Path file, String text) {

        String at(String key, String message) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length && !key.isEmpty(); i++) {
                int column = lines[i].indexOf(key + ":");
                if (column >= 0 && lines[i].substring(0, column).isBlank()) {
                    return file + ":" + (i + 1) + ":" + (column + 1) + ": " + message;
                }
            }
            return file + ":1:1: " + message;
        }
    }
}
