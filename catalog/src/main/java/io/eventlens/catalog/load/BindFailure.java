package io.eventlens.catalog.load;

import com.asyncapi.schemas.asyncapi.ExtendableObject;
import com.asyncapi.v2._6_0.model.AsyncAPI;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.eventlens.catalog.document.JsonPointers;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Says why a bundled tree does not bind to asyncapi-core's classes, at the JSON Pointer of the
 * value: a field the object does not have (listing those it has), or a value of the wrong type
 * (naming what was found and what is expected). The pointer is the problem's own, never repeated
 * in the message.
 */
final class BindFailure {

    private BindFailure() {}

    static DocumentException explain(
            SourceFile source, JsonNode tree, SpecVersion version, ObjectMapper mapper, JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return DocumentException.at(
                    source,
                    "",
                    "cannot bind the document to the AsyncAPI " + family(version) + " model: "
                            + e.getOriginalMessage());
        }
        String pointer = BindPath.locate(tree, mapping.getPath());
        List<JsonMappingException.Reference> path = mapping.getPath();
        JsonMappingException.Reference last = path.isEmpty() ? null : path.get(path.size() - 1);
        Class<?> owner = last == null || last.getFrom() == null
                ? null
                : last.getFrom() instanceof Class<?> type
                        ? type
                        : last.getFrom().getClass();
        if (owner != null && ExtendableObject.class.isAssignableFrom(owner) && last.getFieldName() != null) {
            List<String> fields = ModelFields.of(mapper, owner);
            if (!fields.contains(last.getFieldName())) {
                return DocumentException.at(source, pointer, unknownField(last.getFieldName(), owner, fields));
            }
        }
        JsonNode found = tree.at(pointer);
        String foundText = found.isMissingNode() ? "" : "; found " + JsonText.found(found);
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return DocumentException.at(
                    source, pointer, subject(pointer) + " must be " + expected(mismatch.getTargetType()) + foundText);
        }
        return DocumentException.at(
                source,
                pointer,
                subject(pointer) + " does not fit the AsyncAPI " + family(version) + " model ("
                        + mapping.getOriginalMessage() + ")" + foundText);
    }

    private static String unknownField(String name, Class<?> owner, List<String> fields) {
        String where =
                // fully qualified: asyncapi-core names the root class of both versions AsyncAPI
                owner == AsyncAPI.class || owner == com.asyncapi.v3._0_0.model.AsyncAPI.class
                        ? "at the top level"
                        : "in the " + ModelFields.objectName(owner);
        if (name.startsWith("x-")) {
            return "extension name '" + name + "' " + where + " is not allowed; allowed: 'x-' followed by letters,"
                    + " digits, '.', '-' or '_'";
        }
        String hint = fields.stream()
                .filter(name::equalsIgnoreCase)
                .findFirst()
                .map(f -> " (field names are case-sensitive: did you mean '" + f + "'?)")
                .orElse("");
        return "unknown field '" + name + "' " + where + hint + "; allowed: " + String.join(", ", fields)
                + ", or an x- extension";
    }

    private static String subject(String pointer) {
        if (pointer.isEmpty()) {
            return "the document";
        }
        String last = JsonPointers.last(pointer);
        return last.matches("\\d{1,9}") ? "item " + last : "'" + last + "'";
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a map";
        }
        return type.getName().startsWith("com.asyncapi")
                ? "a map (" + ModelFields.objectName(type) + ")"
                : "a " + type.getSimpleName();
    }

    private static String family(SpecVersion version) {
        return version == SpecVersion.V3 ? "3.0" : "2.6";
    }
}
