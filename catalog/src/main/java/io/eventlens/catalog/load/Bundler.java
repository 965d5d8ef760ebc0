package io.eventlens.catalog.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.document.LocalPointers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Makes one self-contained tree of a document: each {@code $ref} into another file is replaced by
 * the value it names; references into the loaded document stay as local pointers. A value reached
 * a second time, through a cycle or another path, becomes a local pointer to its first copy, so
 * cycles stay references and nothing is expanded twice. Keywords beside a {@code $ref} stay beside
 * the local pointer it becomes; where the value of another file is inlined in the reference's place,
 * they are dropped (the value has that place, and AsyncAPI and draft-07 ignore them there).
 */
final class Bundler {

    private record LocalRef(ParsedFile file, String where, String target) {}

    private final FileStore store;
    private final RefResolver resolver;
    private final ParsedFile root;
    private final Map<String, String> firstCopy = new HashMap<>();
    private final List<LocalRef> localRefs = new ArrayList<>();
    private final ParseLimits limits;
    private int expansions;

    Bundler(FileStore store, RefResolver resolver, ParsedFile root, ParseLimits limits) {
        this.store = store;
        this.resolver = resolver;
        this.root = root;
        this.limits = limits;
    }

    JsonNode bundle() throws DocumentException {
        JsonNode bundled = walk(root.tree(), root, "", "");
        for (LocalRef ref : localRefs) {
            if (LocalPointers.resolve(bundled, ref.target()) == null) {
                String why = bundled.at(ref.target()).isMissingNode()
                        ? "points to nothing: no value at " + (ref.target().isEmpty() ? "the root" : ref.target())
                        : "never reaches a value: the references it leads through form a loop";
                throw DocumentException.at(ref.file().source(), ref.where(), "$ref '#" + ref.target() + "' " + why);
            }
        }
        return bundled;
    }

    private JsonNode walk(JsonNode node, ParsedFile file, String inFile, String out) throws DocumentException {
        if (node.isObject() && node.path("$ref").isTextual()) {
            return reference(node, file, inFile, out);
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(
                        field.getKey(),
                        walk(
                                field.getValue(),
                                file,
                                JsonPointers.child(inFile, field.getKey()),
                                JsonPointers.child(out, field.getKey())));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            for (int i = 0; i < node.size(); i++) {
                copy.add(walk(node.get(i), file, JsonPointers.child(inFile, i), JsonPointers.child(out, i)));
            }
            return copy;
        }
        return node;
    }

    private JsonNode reference(JsonNode holder, ParsedFile file, String inFile, String out) throws DocumentException {
        String ref = holder.get("$ref").asText();
        String where = JsonPointers.child(inFile, "$ref");

        RefTarget target = resolver.resolve(file.source(), file.key(), ref, where);
        if (target.fileKey().equals(root.key())) {
            localRefs.add(new LocalRef(file, where, target.pointer()));
            return withSiblings(pointerTo(target.pointer()), holder, file, inFile, out);
        }
        String copyAt = firstCopy.get(target.id());
        if (copyAt != null) {
            return withSiblings(pointerTo(copyAt), holder, file, inFile, out);
        }
        // each value of another file is inlined once (later references point to its copy), so this counts the values
        // a document pulls in from other files
        if (++expansions > limits.maxRefExpansions()) {
            throw DocumentException.exceeded(
                    file.source(), null, where, limits, ParseLimits.Limit.REF_EXPANSIONS, expansions);
        }
        ParsedFile targetFile = store.get(target.fileKey(), file.source(), where);
        JsonNode value = targetFile.tree().at(target.pointer());
        if (value.isMissingNode()) {
            throw DocumentException.at(
                    file.source(),
                    where,
                    "$ref '" + ref + "' points to nothing: '"
                            + targetFile.source().name() + "' has no value at " + target.pointer());
        }
        firstCopy.put(target.id(), out);
        return walk(value, targetFile, target.pointer(), out);
    }

    /**
     * Keeps the keywords written beside a {@code $ref} (a description, or from JSON Schema 2019-09
     * on any keyword, which then applies together with the target). They stay beside the local
     * pointer the reference becomes, where readers that follow references ignore them, as draft-07
     * and AsyncAPI's Reference Object ask, and the schema comparison applies them by draft.
     */
    private ObjectNode withSiblings(ObjectNode pointer, JsonNode holder, ParsedFile file, String inFile, String out)
            throws DocumentException {
        for (Iterator<Map.Entry<String, JsonNode>> it = holder.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals("$ref")) {
                pointer.set(
                        field.getKey(),
                        walk(
                                field.getValue(),
                                file,
                                JsonPointers.child(inFile, field.getKey()),
                                JsonPointers.child(out, field.getKey())));
            }
        }
        return pointer;
    }

    private static ObjectNode pointerTo(String pointer) {
        return JsonNodeFactory.instance.objectNode().put("$ref", "#" + pointer);
    }
}
