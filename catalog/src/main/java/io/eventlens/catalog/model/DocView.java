package io.eventlens.catalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.document.LocalPointers;
import io.eventlens.catalog.document.MessageSchema;
import io.eventlens.catalog.document.SubschemaKeywords;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
            return MissingNode.getInstance();
        }
        JsonNode found = LocalPointers.follow(root, node, 0);
        return found == null ? MissingNode.getInstance() : found;
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
        return JsonPointers.unescape(last);
    }

    /** Property names anywhere in a schema (nested objects, arrays, combinators; Avro record fields too), each once. */
    List<String> propertyNames(JsonNode schema) {
        // a set keeps the order met and tells whether a name was met in constant time (a list made this quadratic)
        Set<String> names = new LinkedHashSet<>();
        collect(schema, names, new IdentityHashMap<>(), 0);
        return List.copyOf(names);
    }

    private void collect(JsonNode node, Set<String> names, Map<JsonNode, Boolean> seen, int depth) {
        JsonNode schema = deref(node);
        if (!schema.isContainerNode() || depth > 64 || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        if (schema.isArray()) {
            schema.forEach(branch -> collect(branch, names, seen, depth + 1));
            return;
        }
        if (MessageSchema.isWrapper(schema)) {
            collect(schema.get("schema"), names, seen, depth + 1);
            return;
        }
        JsonNode fields = schema.get("fields");
        if ("record".equals(text(schema, "type")) && fields != null && fields.isArray()) {
            for (JsonNode field : fields) {
                String name = text(field, "name");
                if (name != null) {
                    names.add(name);
                }
                collect(field.get("type"), names, seen, depth + 1);
            }
            return;
        }
        collect(schema.get("values"), names, seen, depth + 1);
        JsonNode properties = schema.get("properties");
        if (properties != null && properties.isObject()) {
            properties.fieldNames().forEachRemaining(names::add);
        }
        SubschemaKeywords.forEach(schema, false, (at, subschema) -> collect(subschema, names, seen, depth + 1));
    }
}
