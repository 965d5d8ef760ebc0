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
            return mapper.treeToValue(bundled, type);
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
