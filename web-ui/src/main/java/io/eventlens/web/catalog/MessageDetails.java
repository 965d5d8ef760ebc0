package io.eventlens.web.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.DocumentMessages;
import io.eventlens.catalog.document.Located;
import io.eventlens.catalog.document.MessageSchema;
import io.eventlens.catalog.document.SchemaInDocument;
import io.eventlens.catalog.model.Message;
import io.eventlens.lint.payload.AvroJsonSchema;
import io.eventlens.lint.payload.PayloadValidation;
import io.eventlens.lint.payload.PayloadValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * What the message page and {@code GET /api/catalog/messages/{key}} show of one message version: its payload and
 * headers as {@link FieldTree} rows, and each example checked against the schemas by the governance module's
 * {@link PayloadValidator}. An Avro payload is read as its records ({@link AvroJsonSchema}).
 *
 * @param format  the payload's declared schema format, {@code ""} for the document's default (JSON Schema)
 * @param problem why the payload could not be read (an Avro schema Avro refuses), or null
 */
record MessageDetails(
        String format,
        List<FieldTree.Row> payload,
        List<FieldTree.Row> headers,
        List<Example> examples,
        String problem) {

    private static final PayloadValidator VALIDATOR = new PayloadValidator();

    MessageDetails {
        payload = List.copyOf(payload);
        headers = List.copyOf(headers);
        examples = List.copyOf(examples);
    }

    /** An example and whether it matches: {@code VALID}, {@code INVALID} or {@code NOT_CHECKED}, with the problems. */
    record Example(String name, JsonNode value, PayloadValidation.Outcome outcome, List<String> problems) {

        Example {
            problems = List.copyOf(problems);
        }

        String verdict() {
            return switch (outcome) {
                case VALID -> "valid";
                case INVALID -> "invalid";
                case NOT_CHECKED -> "not checked";
            };
        }
    }

    /** A schema read for the validator and the tree: the tree it lives in and where it is. */
    private record Readable(JsonNode document, Located schema, JsonNode forValidator) {}

    /** The details of {@code message}, a message of the bundled {@code tree} (null when its tree is unknown). */
    static MessageDetails of(JsonNode tree, Message message) {
        Located located = tree == null ? null : locate(tree, message);
        if (located == null) {
            return new MessageDetails(
                    "", List.of(), List.of(), unchecked(message, "the message's document is unknown"), null);
        }
        MessageSchema payloadSchema = MessageSchema.of(tree, located, "payload");
        MessageSchema headersSchema = MessageSchema.of(tree, located, "headers");
        String problem = null;
        Readable payload = null;
        if (payloadSchema != null && payloadSchema.avro()) {
            try {
                JsonNode json = AvroJsonSchema.of(payloadSchema.schema().node());
                payload = new Readable(json, Located.root(json), json);
            } catch (IllegalArgumentException e) {
                problem = "the Avro payload cannot be read: " + e.getMessage();
            }
        } else if (payloadSchema != null && payloadSchema.jsonSchema()) {
            payload = readable(tree, payloadSchema.schema());
        } else if (payloadSchema != null) {
            problem = "the payload is written in " + payloadSchema.format() + ", which the tree does not read";
        }
        Readable headers = headersSchema == null ? null : readable(tree, headersSchema.schema());
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < message.examples().size(); i++) {
            examples.add(check(i, message.examples().get(i), payload, headers));
        }
        return new MessageDetails(
                payloadSchema == null ? "" : payloadSchema.format(),
                payload == null ? List.of() : FieldTree.of(payload.document(), payload.schema()),
                headers == null ? List.of() : FieldTree.of(headers.document(), headers.schema()),
                examples,
                problem);
    }

    /** The rows that are properties, as the REST answer lists them. */
    static List<FieldTree.Row> fields(List<FieldTree.Row> rows) {
        return rows.stream().filter(r -> r.kind() == FieldTree.Kind.FIELD).toList();
    }

    private static Located locate(JsonNode tree, Message message) {
        List<Located> messages = DocumentMessages.of(tree);
        for (Located candidate : messages) {
            JsonNode payload = candidate.node().get("payload");
            if (payload != null && payload == message.payload()) {
                return candidate;
            }
        }
        return messages.stream()
                .filter(m -> DocumentMessages.name(m).equals(message.key()))
                .findFirst()
                .orElse(null);
    }

    /** A schema of {@code tree}, given to the validator in its document so local references resolve. */
    private static Readable readable(JsonNode tree, Located schema) {
        return new Readable(tree, schema, SchemaInDocument.of(tree, schema.node()));
    }

    private static Example check(int index, JsonNode example, Readable payload, Readable headers) {
        String name = example.path("name").asText(example.path("summary").asText("example " + (index + 1)));
        List<String> problems = new ArrayList<>();
        PayloadValidation.Outcome outcome = PayloadValidation.Outcome.VALID;
        boolean checked = false;
        for (String part : List.of("payload", "headers")) {
            Readable schema = part.equals("payload") ? payload : headers;
            JsonNode value = example.get(part);
            if (value == null) {
                continue;
            }
            if (schema == null) {
                problems.add(part + ": no " + part + " schema to check it against");
                continue;
            }
            PayloadValidation result = VALIDATOR.validate(schema.forValidator(), value);
            checked = true;
            result.problems()
                    .forEach(p -> problems.add(part + (p.pointer().isEmpty() ? "" : p.pointer()) + ": " + p.message()));
            if (result.outcome() != PayloadValidation.Outcome.VALID && outcome != PayloadValidation.Outcome.INVALID) {
                outcome = result.outcome();
            }
        }
        return new Example(name, example, checked ? outcome : PayloadValidation.Outcome.NOT_CHECKED, problems);
    }

    private static List<Example> unchecked(Message message, String why) {
        return message.examples().stream()
                .map(e -> new Example("example", e, PayloadValidation.Outcome.NOT_CHECKED, List.of(why)))
                .toList();
    }
}
