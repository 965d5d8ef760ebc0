package io.eventlens.lint.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.document.LocalPointers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Keeps every local {@code $ref} of a message's schema resolvable once the schema stands alone with the document's
 * {@code components} beside it. A bundled document may point anywhere in itself: the loader inlines another file's
 * schema once and refers to that first place (say {@code #/channels/a/messages/M/payload}) from later uses. Such a
 * target is copied into {@code components/schemas} under its pointer, and the reference rewritten to it, so the
 * engine reads it as it reads any component (recursion included).
 */
final class DocumentRefs {

    private static final String SCHEMAS = "#/components/schemas/";

    private DocumentRefs() {}

    /** Rewrites, in {@code schema} (which carries {@code components}), the references that leave the components. */
    static void relocate(ObjectNode schema, JsonNode document) {
        Deque<JsonNode> work = new ArrayDeque<>(List.of(schema));
        ObjectNode schemas = null;
        while (!work.isEmpty()) {
            for (ObjectNode holder : outward(work.pop())) {
                String pointer = holder.get("$ref").textValue().substring(1);
                JsonNode target = LocalPointers.resolve(document, pointer);
                if (target == null || target.isMissingNode()) {
                    continue; // left as written: the engine names the reference that points to nothing
                }
                schemas = schemas != null ? schemas : child(child(schema, "components"), "schemas");
                if (!schemas.has(pointer)) {
                    JsonNode copy = Noise.strip(target);
                    schemas.set(pointer, copy);
                    work.push(copy);
                }
                holder.put("$ref", SCHEMAS + JsonPointers.escape(pointer));
            }
        }
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode object ? object : parent.putObject(name);
    }

    /** The objects under {@code node} whose local reference points outside the components. */
    private static List<ObjectNode> outward(JsonNode node) {
        List<ObjectNode> found = new ArrayList<>();
        Deque<JsonNode> stack = new ArrayDeque<>(List.of(node));
        while (!stack.isEmpty()) {
            JsonNode current = stack.pop();
            JsonNode ref = current.get("$ref");
            if (current instanceof ObjectNode object
                    && ref != null
                    && ref.isTextual()
                    && ref.textValue().startsWith("#/")
                    && !ref.textValue().startsWith("#/components/")) {
                found.add(object);
            }
            current.forEach(stack::push);
        }
        return found;
    }
}
