package io.eventlens.catalog.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Binds a bundled tree to asyncapi-core's classes, choosing the class from the version first
 * (binding with the other version's class only produces noise).
 */
final class ModelBinder {

    private final ObjectMapper mapper = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    Object bind(SourceFile source, JsonNode bundled, SpecVersion version) throws DocumentException {
        Class<?> type = version == SpecVersion.V3
                ? com.asyncapi.v3._0_0.model.AsyncAPI.class
                : com.asyncapi.v2._6_0.model.AsyncAPI.class;
        try {
            return quietly(() -> mapper.treeToValue(withoutBindings(bundled), type));
        } catch (JsonProcessingException e) {
            String pointer = e instanceof JsonMappingException mapping ? pointer(mapping) : "";
            JsonNode found = bundled.at(pointer);
            String what = found.isMissingNode() ? "" : "found " + VersionCheck.kind(found) + " "
                    + abbreviate(found.toString()) + "; ";
            String expected = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                    ? "expected " + describe(mismatch.getTargetType()) : "expected what AsyncAPI " + version + " allows here";
            throw DocumentException.at(source, pointer, "wrong value at " + (pointer.isEmpty() ? "the root" : pointer)
                    + ": " + what + expected);
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
            java.io.PrintStream original = System.err;
            System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
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
            com.fasterxml.jackson.databind.node.ObjectNode copy = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), field.getKey().equals("bindings")
                    && field.getValue().isObject() ? copy.objectNode() : withoutBindings(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(withoutBindings(item)));
            return copy;
        }
        return node;
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                pointer.append(Pointers.child("", step.getFieldName()));
            } else if (step.getIndex() >= 0) {
                pointer.append('/').append(step.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.getName().startsWith("com.asyncapi")) {
            return "a map (" + type.getSimpleName() + " object)";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a " + type.getSimpleName();
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
