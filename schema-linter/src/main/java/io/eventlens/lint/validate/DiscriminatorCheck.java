package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.DocumentMessages;
import io.eventlens.catalog.document.Located;
import io.eventlens.catalog.document.SubschemaKeywords;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A Schema Object's {@code discriminator} names a property that the schema defines in
 * {@code properties} and lists in {@code required} (the specification says so; the schemas do not).
 * Checked in {@code components.schemas} and in message payloads and headers written in JSON Schema,
 * with every subschema below them.
 */
final class DiscriminatorCheck {

    private static final int MAX_DEPTH = 64;

    private DiscriminatorCheck() {}

    static List<LoadProblem> check(LoadedDocument document) {
        List<LoadProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonNode tree = document.tree();
        Located components = new Located(tree, "").child(tree, "components");
        Located schemas = components == null ? null : components.child(tree, "schemas");
        if (schemas != null && schemas.node().isObject()) {
            schemas.node()
                    .fieldNames()
                    .forEachRemaining(name -> walk(document, schemas.child(tree, name), 0, seen, problems));
        }
        for (Located message : DocumentMessages.of(tree)) {
            for (String part : List.of("payload", "headers")) {
                walk(document, ExampleCheck.jsonSchemaOf(tree, message, part), 0, seen, problems);
            }
        }
        return problems;
    }

    private static void walk(
            LoadedDocument document, Located schema, int depth, Set<String> seen, List<LoadProblem> problems) {
        if (schema == null
                || !schema.node().isObject()
                || depth > MAX_DEPTH
                || !seen.add(schema.pointer())
                || schema.node().has("$ref")) {
            return;
        }
        discriminator(document, schema, problems);
        SubschemaKeywords.forEach(
                schema.node(),
                true,
                (at, subschema) ->
                        walk(document, new Located(subschema, schema.pointer() + at), depth + 1, seen, problems));
    }

    private static void discriminator(LoadedDocument document, Located schema, List<LoadProblem> problems) {
        JsonNode discriminator = schema.node().get("discriminator");
        if (discriminator == null || !discriminator.isTextual()) {
            return;
        }
        String name = discriminator.asText();
        String at = schema.pointer() + "/discriminator";
        if (!schema.node().path("properties").has(name)) {
            problems.add(document.problemAt(
                    at,
                    "discriminator '" + name + "' is not a property of this schema;"
                            + " the discriminator must be defined in its properties and listed "
                            + "in its required properties",
                    LoadProblem.Severity.ERROR));
            return;
        }
        JsonNode required = schema.node().path("required");
        for (JsonNode each : required) {
            if (each.asText().equals(name)) {
                return;
            }
        }
        problems.add(document.problemAt(
                at,
                "discriminator '" + name + "' is not among the schema's required properties "
                        + (required.isArray() ? required.toString() : "(none)")
                        + "; the discriminator property must be required",
                LoadProblem.Severity.ERROR));
    }
}
