package io.eventlens.catalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.load.LocalPointers;
import java.util.ArrayList;
import java.util.List;

/** Reads a bundled document, following local {@code $ref}s transparently. */
final class DocView {

    private final JsonNode root;

    DocView(JsonNode root) {
        this.root = root;
    }

    JsonNode root() {
        return root;
    }

    /** The node itself, or what its {@code $ref} chain names; a missing node when unresolvable. */
    JsonNode deref(JsonNode node) {
        if (node == null) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        JsonNode found = LocalPointers.follow(root, node, 0);
        return found == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : found;
    }

    JsonNode get(JsonNode node, String field) {
        return deref(deref(node).get(field));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /** The last token of a local {@code $ref} such as {@code #/components/messages/UserSignedUp}. */
    static String refName(JsonNode node) {
        String ref = text(node, "$ref");
        if (ref == null || !ref.startsWith("#/")) {
            return null;
        }
        String last = ref.substring(ref.lastIndexOf('/') + 1);
        return last.replace("~1", "/").replace("~0", "~");
    }

    /** Property names anywhere in a schema (nested objects, arrays, combinators; Avro record fields too), each once. */
    List<String> propertyNames(JsonNode schema) {
        List<String> names = new ArrayList<>();
        collect(schema, names, new java.util.IdentityHashMap<>(), 0);
        return names;
    }

    private void collect(JsonNode node, List<String> names, java.util.Map<JsonNode, Boolean> seen, int depth) {
        JsonNode schema = deref(node);
        if (!schema.isContainerNode() || depth > 64 || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        if (schema.isArray()) {
            schema.forEach(branch -> collect(branch, names, seen, depth + 1));
            return;
        }
        if (schema.has("schemaFormat") && schema.has("schema")) {
            collect(schema.get("schema"), names, seen, depth + 1);
            return;
        }
        JsonNode fields = schema.get("fields");
        if ("record".equals(text(schema, "type")) && fields != null && fields.isArray()) {
            for (JsonNode field : fields) {
                String name = text(field, "name");
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
                collect(field.get("type"), names, seen, depth + 1);
            }
            return;
        }
        collect(schema.get("values"), names, seen, depth + 1);
        JsonNode properties = schema.get("properties");
        if (properties != null && properties.isObject()) {
            properties.fieldNames().forEachRemaining(n -> {
                if (!names.contains(n)) names.add(n);
            });
            properties.forEach(p -> collect(p, names, seen, depth + 1));
        }
        for (String nested : List.of("items", "additionalProperties", "not", "if", "then", "else")) {
            collect(schema.get(nested), names, seen, depth + 1);
        }
        for (String list : List.of("allOf", "anyOf", "oneOf", "prefixItems")) {
            JsonNode items = schema.get(list);
            if (items != null && items.isArray()) {
                items.forEach(item -> collect(item, names, seen, depth + 1));
            }
        }
    }
}
