package io.eventlens.lint.compat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The keywords each draft's meta-schema defines (core, applicator, validation, content, format, meta-data). */
final class Keywords {

    static final Set<String> DRAFT_04 = Set.of(
            "$schema",
            "id",
            "$ref",
            "title",
            "description",
            "default",
            "definitions",
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
            "maxProperties",
            "minProperties",
            "required",
            "additionalProperties",
            "properties",
            "patternProperties",
            "dependencies",
            "enum",
            "type",
            "allOf",
            "anyOf",
            "oneOf",
            "not",
            "format");

    static final Set<String> DRAFT_06 =
            change(DRAFT_04, List.of("id"), List.of("$id", "examples", "const", "contains", "propertyNames"));

    static final Set<String> DRAFT_07 = change(
            DRAFT_06,
            List.of(),
            List.of("$comment", "if", "then", "else", "readOnly", "writeOnly", "contentMediaType", "contentEncoding"));

    /**
     * 2019-09 (and 2020-12) keep {@code definitions} and {@code dependencies} in their meta-schemas for older
     * schemas.
     */
    static final Set<String> DRAFT_2019_09 = change(
            DRAFT_07,
            List.of(),
            List.of(
                    "$anchor",
                    "$vocabulary",
                    "$recursiveRef",
                    "$recursiveAnchor",
                    "$defs",
                    "dependentRequired",
                    "dependentSchemas",
                    "unevaluatedProperties",
                    "unevaluatedItems",
                    "minContains",
                    "maxContains",
                    "deprecated",
                    "contentSchema"));

    static final Set<String> DRAFT_2020_12 = change(
            DRAFT_2019_09,
            List.of("$recursiveRef", "$recursiveAnchor", "additionalItems"),
            List.of("prefixItems", "$dynamicRef", "$dynamicAnchor"));

    private Keywords() {}

    private static Set<String> change(Set<String> base, List<String> removed, List<String> added) {
        Set<String> result = new HashSet<>(base);
        result.removeAll(removed);
        result.addAll(added);
        return Set.copyOf(result);
    }
}
