package io.eventlens.catalog.load;

import com.asyncapi.schemas.asyncapi.AsyncAPISchema;
import com.asyncapi.v3._0_0.model.AsyncAPI;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Binds a bundled tree to asyncapi-core's classes, choosing the class from the version first
 * (binding with the other version's class only produces noise).
 */
final class ModelBinder {

    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(AsyncAPISchema.class, LenientSchema.class);

    /**
     * JSON Schema ignores keywords it does not know, and the official AsyncAPI schemas allow them in
     * a Schema object; asyncapi-core's Schema class refuses all but x- extensions. Its extension
     * setter is switched off, so unknown keywords are skipped; schemas are read from the tree, not
     * the model.
     */
    private abstract static class LenientSchema {
        @JsonAnySetter(enabled = false)
        abstract void readExtensionProperty(String name, Object value);
    }

    Object bind(SourceFile source, JsonNode bundled, SpecVersion version) throws DocumentException {
        Class<?> type = version == SpecVersion.V3
                ? AsyncAPI.class
                // fully qualified: asyncapi-core names the root class of both versions AsyncAPI
                : com.asyncapi.v2._6_0.model.AsyncAPI.class;
        try {
            return quietly(() -> mapper.treeToValue(withoutBindings(bundled), type));
        } catch (JsonProcessingException e) {
            throw BindFailure.explain(source, bundled, version, mapper, e);
        }
    }

    private static final Object STDERR = new Object();

    private interface Binding {
        Object bind() throws JsonProcessingException;
    }

    /**
     * asyncapi-core's own deserializers catch what they cannot bind and print its stack trace to
     * stderr, then go on; those traces would bury the CLI's output. The loader reports problems
     * itself (and the linter validates against the official schema), so stderr is muted while
     * binding. One binding at a time mutes it, so the original stream always comes back.
     */
    private static Object quietly(Binding binding) throws JsonProcessingException {
        synchronized (STDERR) {
            PrintStream original = System.err;
            System.setErr(new PrintStream(OutputStream.nullOutputStream()));
            try {
                return binding.bind();
            } finally {
                System.setErr(original);
            }
        }
    }

    /**
     * asyncapi-core's binding deserializers print a stack trace for every field they do not know
     * (and recover): bindings are bound as empty here and read from the tree instead.
     */
    private static JsonNode withoutBindings(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields()
                    .forEachRemaining(field -> copy.set(
                            field.getKey(),
                            field.getKey().equals("bindings")
                                            && field.getValue().isObject()
                                    ? copy.objectNode()
                                    : withoutBindings(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(withoutBindings(item)));
            return copy;
        }
        return node;
    }
}
