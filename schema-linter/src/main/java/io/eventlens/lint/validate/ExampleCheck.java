package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.eventlens.catalog.document.DocumentMessages;
import io.eventlens.catalog.document.Located;
import io.eventlens.catalog.document.MessageSchema;
import io.eventlens.catalog.document.SchemaInDocument;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import io.eventlens.lint.payload.AvroJsonSchema;
import io.eventlens.lint.payload.PayloadValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * Message examples must match the message's payload and headers schemas (JSON Schema formats, and Avro payloads
 * through their JSON Schema reading, {@link AvroJsonSchema}); an Avro payload Avro's parser refuses is an error on
 * the payload itself.
 */
final class ExampleCheck {

    private ExampleCheck() {}

    static List<LoadProblem> check(LoadedDocument document) {
        List<LoadProblem> problems = new ArrayList<>();
        JsonNode tree = document.tree();
        for (Located message : DocumentMessages.of(tree)) {
            Located avro = avroPayloadOf(tree, message);
            JsonNode avroReading = null;
            if (avro != null) {
                try {
                    avroReading = AvroJsonSchema.of(avro.node());
                } catch (IllegalArgumentException e) {
                    problems.add(document.problemAt(
                            avro.pointer(),
                            "payload is " + e.getMessage() + " (schemaFormat names Avro)",
                            LoadProblem.Severity.ERROR));
                    continue;
                }
            }
            Located examples = message.child(tree, "examples");
            if (examples == null || !examples.node().isArray()) {
                continue;
            }
            for (int i = 0; i < examples.node().size(); i++) {
                Located example = Located.follow(tree, examples.node().get(i), examples.pointer() + "/" + i);
                if (example != null && example.node().isObject()) {
                    if (avroReading != null) {
                        compareWithAvro(document, example, avroReading, problems);
                    } else {
                        compare(document, message, example, "payload", problems);
                    }
                    compare(document, message, example, "headers", problems);
                }
            }
        }
        return problems;
    }

    private static void compare(
            LoadedDocument document, Located message, Located example, String part, List<LoadProblem> problems) {
        JsonNode value = example.node().get(part);
        Located schema = jsonSchemaOf(document.tree(), message, part);
        if (value == null || schema == null) {
            return;
        }
        List<Error> errors;
        try {
            errors = OfficialSchemas.payloadSchema(SchemaInDocument.of(document.tree(), schema.node()))
                    .validate(value);
        } catch (RuntimeException e) {
            return; // a schema the validator cannot compile is reported by the schema check, not here
        }
        if (!errors.isEmpty()) {
            Error first = errors.get(0);
            String at = PayloadValidator.pointer(first.getInstanceLocation());
            problems.add(document.problemAt(
                    example.pointer() + "/" + part + at,
                    "example " + part + " does not match the message's " + part + " schema: " + first.getMessage(),
                    LoadProblem.Severity.ERROR));
        }
    }

    private static void compareWithAvro(
            LoadedDocument document, Located example, JsonNode reading, List<LoadProblem> problems) {
        JsonNode value = example.node().get("payload");
        if (value == null) {
            return;
        }
        List<Error> errors = OfficialSchemas.payloadSchema(reading).validate(value);
        if (!errors.isEmpty()) {
            Error first = errors.get(0);
            problems.add(document.problemAt(
                    example.pointer() + "/payload" + PayloadValidator.pointer(first.getInstanceLocation()),
                    "example payload does not match the message's Avro payload schema: " + first.getMessage(),
                    LoadProblem.Severity.ERROR));
        }
    }

    /** A message's payload ({@code $ref} followed) when its schemaFormat names Avro; null otherwise. */
    static Located avroPayloadOf(JsonNode tree, Located message) {
        MessageSchema payload = MessageSchema.of(tree, message, "payload");
        return payload != null && payload.avro() ? payload.schema() : null;
    }

    /**
     * A message's payload or headers schema ({@code $ref} followed) when it is written in JSON Schema
     * (no schemaFormat, an AsyncAPI one or a JSON Schema one); null otherwise.
     */
    static Located jsonSchemaOf(JsonNode tree, Located message, String part) {
        MessageSchema schema = MessageSchema.of(tree, message, part);
        return schema != null
                        && schema.jsonSchema()
                        && (schema.schema().node().isObject()
                                || schema.schema().node().isBoolean())
                ? schema.schema()
                : null;
    }
}
