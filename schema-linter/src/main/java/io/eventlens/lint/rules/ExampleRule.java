package io.eventlens.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.SchemaInDocument;
import io.eventlens.lint.payload.PayloadProblem;
import io.eventlens.lint.payload.PayloadValidation;
import io.eventlens.lint.payload.PayloadValidator;
import java.util.List;

/** {@code asyncapi-message-examples}: each message example's payload and headers match the message's schemas. */
final class ExampleRule {

    private static final PayloadValidator VALIDATOR = new PayloadValidator();

    private ExampleRule() {}

    static void check(LintDocument document, Rule.Reporter out) {
        for (Node message : document.messages()) {
            JsonNode examples = message.value().path("examples");
            for (int i = 0; i < examples.size(); i++) {
                for (String part : List.of("payload", "headers")) {
                    JsonNode value = examples.get(i).get(part);
                    String at = message.pointer() + "/examples/" + i + "/" + part;
                    PayloadFields.Payload payload =
                            "payload".equals(part) ? PayloadFields.payload(document, message) : null;
                    if (value != null && payload != null && payload.problem() != null) {
                        out.report(at, "example " + part + " could not be checked: " + payload.problem());
                        continue;
                    }
                    JsonNode schema = payload != null
                            ? payload.schema()
                            : "payload".equals(part) ? null : headersOf(document, message);
                    if (value != null && schema != null) {
                        report(
                                at,
                                part,
                                payload != null && payload.standalone()
                                        ? schema
                                        : SchemaInDocument.of(document.tree(), schema),
                                value,
                                out);
                    }
                }
            }
        }
    }

    private static JsonNode headersOf(LintDocument document, Node message) {
        Node headers = message.child(document.tree(), "headers");
        return headers != null && headers.value().isObject() ? headers.value() : null;
    }

    private static void report(String at, String part, JsonNode schema, JsonNode value, Rule.Reporter out) {
        PayloadValidation result = VALIDATOR.validate(schema, value);
        if (result.outcome() == PayloadValidation.Outcome.INVALID) {
            PayloadProblem first = result.problems().get(0);
            out.report(
                    at + first.pointer(),
                    "example " + part + " does not match the message's " + part + " schema: " + first.message()
                            + (result.problems().size() > 1
                                    ? " (and " + (result.problems().size() - 1) + " more)"
                                    : ""));
        } else if (result.outcome() == PayloadValidation.Outcome.NOT_CHECKED) {
            out.report(
                    at,
                    "example " + part + " could not be checked: "
                            + result.problems().get(0).message());
        }
    }
}
