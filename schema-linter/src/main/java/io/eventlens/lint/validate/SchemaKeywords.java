package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of an AsyncAPI Schema Object: the JSON Schema draft-07 keywords plus AsyncAPI's
 * {@code discriminator}, {@code externalDocs} and {@code deprecated}, and {@code x-} extensions.
 */
final class SchemaKeywords {

    private static final Set<String> KEYWORDS = Set.of(
            "$id",
            "$schema",
            "$ref",
            "$comment",
            "title",
            "description",
            "default",
            "readOnly",
            "writeOnly",
            "examples",
            "multipleOf",
            "maximum",
            "exclusiveMaximum",
            "minimum",
            "exclusiveMinimum",
            "maxLength",
            "minLength",
            "pattern",
            "additionalItems",
            "items",
            "maxItems",
            "minItems",
            "uniqueItems",
            "contains",
            "maxProperties",
            "minProperties",
            "required",
            "additionalProperties",
            "definitions",
            "properties",
            "patternProperties",
            "dependencies",
            "propertyNames",
            "const",
            "enum",
            "type",
            "format",
            "contentMediaType",
            "contentEncoding",
            "if",
            "then",
            "else",
            "allOf",
            "anyOf",
            "oneOf",
            "not",
            "discriminator",
            "externalDocs",
            "deprecated");

    private SchemaKeywords() {}

    /** Empty when the value is a boolean schema or an object of Schema Object fields; else what is wrong. */
    static Optional<String> problem(JsonNode schema) {
        if (schema.isBoolean()) {
            return Optional.empty();
        }
        if (!schema.isObject()) {
            return Optional.of("found " + schema);
        }
        for (var names = schema.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYWORDS.contains(name) && !name.startsWith("x-")) {
                return Optional.of("'" + name + "' is not a Schema Object field");
            }
        }
        return Optional.empty();
    }
}
