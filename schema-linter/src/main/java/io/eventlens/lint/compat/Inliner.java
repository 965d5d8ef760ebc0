package io.eventlens.lint.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.catalog.document.SubschemaKeywords;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A schema of one side made self-contained, so it can be validated on its own, away from its document:
 * references into the document's {@code $defs}/{@code definitions} are kept and those containers copied to the
 * new root (so recursive schemas stay finite); any other {@code $ref} is replaced by its target. Gives up
 * (empty) on what a copy cannot keep: identifiers that move the base URI ({@code $id}, anchors, dynamic
 * references), a broken reference, a chain of other references deeper than the limit, or a copy over
 * {@link #MAX_NODES} schemas.
 */
final class Inliner {

    static final int MAX_NODES = 20_000;
    private static final int MAX_DEPTH = 24;
    /** Nesting an unfolded copy may reach: past the depth {@link Witness} builds to, references stay. */
    private static final int MAX_UNFOLD_DEPTH = 64;

    private static final Set<String> MOVES_BASE =
            Set.of("$id", "$anchor", "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor");
    private static final Set<String> DROPPED = Set.of("$schema", "$defs", "definitions", "components");

    /** Places of the document whose schemas references may keep pointing to (copied to the new root). */
    private static final List<String> CONTAINERS = List.of("$defs", "definitions", "components/schemas");

    private final SchemaDocument side;
    private int nodes;
    private boolean keptReference;

    private Inliner(SchemaDocument side) {
        this.side = side;
    }

    /** The schema at {@code pointer} of {@code side}, self-contained and declaring the side's draft. */
    static Optional<JsonNode> of(JsonNode schema, SchemaDocument side, String pointer) {
        try {
            Inliner inliner = new Inliner(side);
            JsonNode inlined = inliner.copy(schema, pointer, 0);
            if (!inlined.isObject()) {
                return Optional.of(inlined);
            }
            ObjectNode root = (ObjectNode) inlined;
            if (inliner.keptReference) {
                for (String container : CONTAINERS) {
                    JsonNode definitions = side.root().at("/" + container);
                    if (definitions.isObject()) {
                        ObjectNode copied = root;
                        for (String step : container.split("/")) {
                            copied = copied.has(step) ? (ObjectNode) copied.get(step) : copied.putObject(step);
                        }
                        ObjectNode into = copied;
                        definitions
                                .fields()
                                .forEachRemaining(e -> into.set(
                                        e.getKey(), inliner.copy(e.getValue(), "/" + container + "/" + e.getKey(), 0)));
                    }
                }
            }
            root.put("$schema", side.draft().metaSchema());
            return Optional.of(root);
        } catch (GiveUp | SchemaComparisonException e) {
            return Optional.empty();
        }
    }

    /**
     * A copy of a schema made by {@link #of} with its kept references replaced by what they point to, for readers that
     * do not follow references ({@link Witness}); a recursive schema is unfolded until {@code budget} nodes are spent
     * or {@link #MAX_UNFOLD_DEPTH} levels are reached, and references past that stay as they are.
     */
    static JsonNode unfolded(JsonNode root, int budget) {
        return unfold(root, root, new int[] {budget}, 0);
    }

    private static JsonNode unfold(JsonNode node, JsonNode root, int[] budget, int depth) {
        if (--budget[0] < 0 || depth > MAX_UNFOLD_DEPTH || !node.isContainerNode()) {
            return node;
        }
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual() && ref.asText().startsWith("#/") && node.size() == 1) {
            JsonNode target = root.at(ref.asText().substring(1));
            return target.isMissingNode() ? node : unfold(target, root, budget, depth + 1);
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> out.add(unfold(item, root, budget, depth + 1)));
            return out;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        node.fields()
                .forEachRemaining(e -> out.set(
                        e.getKey(),
                        DROPPED.contains(e.getKey()) ? e.getValue() : unfold(e.getValue(), root, budget, depth + 1)));
        return out;
    }

    private JsonNode copy(JsonNode schema, String pointer, int depth) {
        if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
            throw new GiveUp();
        }
        if (!schema.isObject()) {
            return schema;
        }
        JsonNode ref = schema.get("$ref");
        boolean keep = ref != null
                && ref.isTextual()
                && CONTAINERS.stream().anyMatch(c -> ref.asText().startsWith("#/" + c + "/"));
        if (keep) {
            side.resolve(schema, pointer);
            keptReference = true;
        } else {
            JsonNode resolved = side.resolve(schema, pointer);
            if (resolved != schema) {
                return copy(resolved, pointer, depth + 1);
            }
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            String at = Json.child(pointer, keyword);
            if (MOVES_BASE.contains(keyword)) {
                throw new GiveUp();
            } else if (DROPPED.contains(keyword)) {
                continue;
            } else if (SubschemaKeywords.kind(keyword, value) == SubschemaKeywords.Kind.MAP) {
                ObjectNode map = out.putObject(keyword);
                value.fields()
                        .forEachRemaining(e ->
                                map.set(e.getKey(), copy(e.getValue(), Json.child(at, e.getKey()), depth + 1)));
            } else if (SubschemaKeywords.kind(keyword, value) == SubschemaKeywords.Kind.LIST) {
                ArrayNode list = out.putArray(keyword);
                for (int i = 0; i < value.size(); i++) {
                    list.add(copy(value.get(i), Json.child(at, Integer.toString(i)), depth + 1));
                }
            } else if (SubschemaKeywords.kind(keyword, value) == SubschemaKeywords.Kind.SCHEMA) {
                out.set(keyword, copy(value, at, depth + 1));
            } else {
                out.set(keyword, value);
            }
        }
        return out;
    }

    /** The copy cannot be made faithfully or cheaply; nothing is decided from it. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }
}
