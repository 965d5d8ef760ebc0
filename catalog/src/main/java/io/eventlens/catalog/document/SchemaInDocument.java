package io.eventlens.catalog.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * A schema taken out of a bundled AsyncAPI document, made checkable on its own. A JSON Schema validator resolves a
 * local {@code $ref} such as {@code #/components/schemas/Order} against the root of the schema it is given, so a
 * message's payload schema handed over alone leaves such references dangling. The schema is put under an
 * {@code allOf} of a wrapper that carries the document's {@code components} and {@code channels} (the roots local
 * references point into), so every {@code #/...} pointer means in the wrapper what it meant in the document. The
 * document's nodes are shared, not copied; neither is changed.
 *
 * <p>The one place every validation of a document's schema goes through: lint rules, the document checks, the
 * message page and the DLQ payload check.
 */
public final class SchemaInDocument {

    private static final List<String> ROOTS = List.of("components", "channels");

    private SchemaInDocument() {}

    /** {@code schema} (an object or boolean schema of {@code document}) with the document's roots beside it. */
    public static JsonNode of(JsonNode document, JsonNode schema) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(schema, "schema");
        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
        wrapper.putArray("allOf").add(schema);
        for (String root : ROOTS) {
            if (document.has(root)) {
                wrapper.set(root, document.get(root));
            }
        }
        return wrapper;
    }
}
