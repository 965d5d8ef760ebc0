package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.document.Located;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names that must be unique: tag names within each {@code tags} list (outside schemas and
 * examples, where "tags" is user data) and, in 2.x, operationIds across the document (traits applied).
 */
final class DuplicateCheck {

    private static final Set<String> DATA_KEYS = Set.of(
            "payload", "headers", "schemas", "examples", "default", "const", "enum", "properties", "schema", "example");

    private DuplicateCheck() {}

    static List<LoadProblem> check(LoadedDocument document) {
        List<LoadProblem> problems = new ArrayList<>();
        tags(document, document.tree(), "", problems);
        if (document.version().startsWith("2.")) {
            operationIds(document, problems);
        }
        return problems;
    }

    private static void tags(LoadedDocument document, JsonNode node, String pointer, List<LoadProblem> problems) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String key = field.getKey();
                String child = JsonPointers.child(pointer, key);
                if (key.equals("tags") && field.getValue().isArray()) {
                    duplicateNames(document, field.getValue(), child, problems);
                } else if (!DATA_KEYS.contains(key) && !key.startsWith("x-")) {
                    tags(document, field.getValue(), child, problems);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                tags(document, node.get(i), pointer + "/" + i, problems);
            }
        }
    }

    private static void duplicateNames(
            LoadedDocument document, JsonNode tags, String pointer, List<LoadProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            Located tag = Located.follow(document.tree(), tags.get(i), pointer + "/" + i);
            JsonNode name = tag == null ? null : tag.node().get("name");
            if (name != null && name.isTextual() && !seen.add(name.asText())) {
                problems.add(document.problemAt(
                        pointer + "/" + i,
                        "duplicate tag name '" + name.asText() + "'; tag names must be unique within a list of tags",
                        LoadProblem.Severity.ERROR));
            }
        }
    }

    private static void operationIds(LoadedDocument document, List<LoadProblem> problems) {
        Map<String, String> first = new HashMap<>();
        Located channels = new Located(document.tree(), "").child(document.tree(), "channels");
        if (channels == null || !channels.node().isObject()) {
            return;
        }
        channels.node().fieldNames().forEachRemaining(name -> {
            Located channel = channels.child(document.tree(), name);
            for (String verb : List.of("publish", "subscribe")) {
                Located operation = channel == null ? null : channel.child(document.tree(), verb);
                OperationId id = operation == null ? null : operationId(document.tree(), operation);
                if (id != null && first.putIfAbsent(id.value(), operation.pointer()) != null) {
                    problems.add(document.problemAt(
                            id.pointer(),
                            "duplicate operationId '" + id.value() + "'"
                                    + id.origin() + ", first used at " + first.get(id.value())
                                    + "; operationIds must be unique in a document",
                            LoadProblem.Severity.ERROR));
                }
            }
        });
    }

    /** An operation's operationId, where to report it, and which trait gave it (empty when its own). */
    private record OperationId(String value, String pointer, String origin) {}

    /**
     * The operationId an operation ends up with: 2.x merges its traits into it in order (JSON Merge
     * Patch), so the last trait naming one wins over the operation's own.
     */
    private static OperationId operationId(JsonNode tree, Located operation) {
        JsonNode own = operation.node().get("operationId");
        OperationId id = own != null && own.isTextual()
                ? new OperationId(own.asText(), operation.pointer() + "/operationId", "")
                : null;
        Located traits = operation.child(tree, "traits");
        for (int i = 0;
                traits != null && traits.node().isArray() && i < traits.node().size();
                i++) {
            String at = traits.pointer() + "/" + i;
            Located trait = Located.follow(tree, traits.node().get(i), at);
            JsonNode given = trait == null ? null : trait.node().get("operationId");
            if (given != null && given.isTextual()) {
                id = new OperationId(
                        given.asText(),
                        at,
                        trait.pointer().equals(at)
                                ? " (given by its trait)"
                                : " (given by the trait at " + trait.pointer() + ")");
            }
        }
        return id;
    }
}
