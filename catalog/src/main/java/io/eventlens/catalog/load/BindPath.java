package io.eventlens.catalog.load;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The JSON Pointer of the value a binding failed at. asyncapi-core binds some values (a message,
 * its headers and payload) from a subtree of their own, so the path Jackson reports can miss steps
 * ({@code /message/additionalProperties} for {@code /message/payload/additionalProperties}). When
 * the reported path names no value, the tree is searched for one whose path holds the reported
 * steps in order, with at most {@value #MAX_MISSED} steps missed.
 */
final class BindPath {

    private static final int MAX_MISSED = 3;

    private BindPath() {}

    static String locate(JsonNode tree, List<JsonMappingException.Reference> path) {
        List<String> steps = new ArrayList<>();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                steps.add(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                steps.add(Integer.toString(step.getIndex()));
            }
        }
        String reported = String.join(
                "", steps.stream().map(s -> JsonPointers.child("", s)).toList());
        if (!tree.at(reported).isMissingNode()) {
            return reported;
        }
        String found = search(tree, steps, 0, "", MAX_MISSED);
        return found != null ? found : reported;
    }

    private static String search(JsonNode node, List<String> steps, int next, String pointer, int missable) {
        if (next == steps.size()) {
            return pointer;
        }
        String step = steps.get(next);
        JsonNode matched = child(node, step);
        if (matched != null) {
            String found = search(matched, steps, next + 1, JsonPointers.child(pointer, step), missable);
            if (found != null) {
                return found;
            }
        }
        return missable == 0 ? null : searchBelow(node, steps, next, pointer, missable - 1);
    }

    /** Tries each child of {@code node} as a step the reported path left out. */
    private static String searchBelow(JsonNode node, List<String> steps, int next, String pointer, int missable) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String found =
                        search(field.getValue(), steps, next, JsonPointers.child(pointer, field.getKey()), missable);
                if (found != null) {
                    return found;
                }
            }
        }
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            String found = search(node.get(i), steps, next, JsonPointers.child(pointer, i), missable);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonNode child(JsonNode node, String step) {
        if (node.isArray()) {
            return step.matches("\\d{1,9}") ? node.get(Integer.parseInt(step)) : null;
        }
        return node.get(step);
    }
}
