package io.eventlens.catalog.load;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The text of one file taking part in a load. {@code name} is what problems print; {@code path} is
 * null for an upload. Positions of JSON Pointers are found on demand by composing the text again,
 * so a load that finds no problem keeps no position table.
 */
final class SourceFile {

    private final String name;
    private final Path path;
    private final String text;
    private final Map<MappingNode, Map<String, Node>> keys = new IdentityHashMap<>();
    private Node composed;
    private boolean composeFailed;

    SourceFile(String name, Path path, String text) {
        this.name = Objects.requireNonNull(name, "name");
        this.path = path;
        this.text = Objects.requireNonNull(text, "text");
    }

    String name() {
        return name;
    }

    Path path() {
        return path;
    }

    String text() {
        return text;
    }

    boolean isJson() {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".avsc");
    }

    boolean isYaml() {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /** Where the value at {@code pointer} starts, or its deepest existing ancestor; UNKNOWN if unreadable. */
    Position locate(String pointer) {
        if (composed == null && !composeFailed) {
            try {
                composed = YamlTrees.compose(text, ParseLimits.defaults());
            } catch (RuntimeException e) {
                composeFailed = true;
            }
        }
        return composed == null ? JsonPositions.locate(text, pointer) : YamlTrees.locate(composed, pointer, keys);
    }
}
