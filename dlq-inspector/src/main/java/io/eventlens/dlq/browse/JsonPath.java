package io.eventlens.dlq.browse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.catalog.document.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, fixed subset of JSONPath: {@code $.a.b}, {@code $.a[0]}, {@code $.items[*].price} and
 * {@code $..email} (a field of that name at any depth); a JSON Pointer ({@code /a/b/0}) is accepted
 * too. Only navigation: nothing is evaluated.
 */
public final class JsonPath {

    private static final Pattern STEP =
            Pattern.compile("\\.\\.([A-Za-z0-9_$@-]+)|\\.([A-Za-z0-9_$@-]+)|\\[(\\d+|\\*)]");

    private record Step(String field, Integer index, boolean anyIndex, boolean deep) {}

    private final String text;
    private final List<Step> steps;

    private JsonPath(String text, List<Step> steps) {
        this.text = text;
        this.steps = List.copyOf(steps);
    }

    /**
     * Reads a path.
     *
     * @throws IllegalArgumentException naming the path, the place it stops being readable and what is allowed
     */
    public static JsonPath parse(String text) {
        Objects.requireNonNull(text, "text");
        String path = text.trim();
        if (path.startsWith("/")) {
            List<Step> steps = new ArrayList<>();
            for (String part : path.substring(1).split("/", -1)) {
                String name = JsonPointers.unescape(part);
                steps.add(
                        name.matches("\\d+")
                                ? new Step(name, Integer.valueOf(name), false, false)
                                : new Step(name, null, false, false));
            }
            return new JsonPath(path, steps);
        }
        if (!path.startsWith("$")) {
            throw new IllegalArgumentException(
                    "JSON path '" + text + "' must start with '$' (as $.data.order_id)" + " or '/' (a JSON Pointer)");
        }
        List<Step> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        int at = 1;
        while (at < path.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("JSON path '" + text + "' cannot be read at character " + (at + 1)
                        + " ('" + path.substring(at) + "'); allowed steps: .name, ..name, [0], [*]");
            }
            if (m.group(1) != null) {
                steps.add(new Step(m.group(1), null, false, true));
            } else if (m.group(2) != null) {
                steps.add(new Step(m.group(2), null, false, false));
            } else if (m.group(3).equals("*")) {
                steps.add(new Step(null, null, true, false));
            } else {
                steps.add(new Step(null, Integer.valueOf(m.group(3)), false, false));
            }
            at = m.end();
        }
        return new JsonPath(path, steps);
    }

    /** Every node the path reaches in {@code root}. */
    public List<JsonNode> find(JsonNode root) {
        List<JsonNode> found = new ArrayList<>();
        walk(root, 0, (parent, key) -> found.add(key.get()));
        return found;
    }

    /** Replaces every value the path reaches with {@code replacement}. */
    public void replace(JsonNode root, JsonNode replacement) {
        walk(root, 0, (parent, key) -> key.set(replacement));
    }

    @Override
    public String toString() {
        return text;
    }

    /** A reached slot: read it or set it. */
    private interface Slot {
        JsonNode get();

        void set(JsonNode value);
    }

    private interface Visitor {
        void visit(JsonNode parent, Slot slot);
    }

    private void walk(JsonNode node, int i, Visitor visitor) {
        if (node == null || i >= steps.size()) {
            return;
        }
        Step step = steps.get(i);
        boolean lastStep = i == steps.size() - 1;
        if (step.deep) {
            deep(node, step.field, i, visitor);
            return;
        }
        if (step.anyIndex && node instanceof ArrayNode array) {
            for (int k = 0; k < array.size(); k++) {
                visitIndex(array, k, i, lastStep, visitor);
            }
        } else if (step.field != null && node instanceof ObjectNode object && object.has(step.field)) {
            visitField(object, step.field, i, lastStep, visitor);
        } else if (step.index != null && node instanceof ArrayNode array && step.index < array.size()) {
            visitIndex(array, step.index, i, lastStep, visitor);
        }
    }

    private void deep(JsonNode node, String field, int i, Visitor visitor) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (name.equals(field)) {
                    visitField(object, name, i, i == steps.size() - 1, visitor);
                }
                deep(object.get(name), field, i, visitor);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> deep(child, field, i, visitor));
        }
    }

    private void visitField(ObjectNode object, String name, int i, boolean lastStep, Visitor visitor) {
        if (lastStep) {
            visitor.visit(object, new Slot() {
                public JsonNode get() {
                    return object.get(name);
                }

                public void set(JsonNode value) {
                    object.set(name, value);
                }
            });
        } else {
            walk(object.get(name), i + 1, visitor);
        }
    }

    private void visitIndex(ArrayNode array, int k, int i, boolean lastStep, Visitor visitor) {
        if (lastStep) {
            visitor.visit(array, new Slot() {
                public JsonNode get() {
                    return array.get(k);
                }

                public void set(JsonNode value) {
                    array.set(k, value);
                }
            });
        } else {
            walk(array.get(k), i + 1, visitor);
        }
    }
}
