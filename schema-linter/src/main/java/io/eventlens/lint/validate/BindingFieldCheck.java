package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Rules of binding specifications that the shipped binding schemas leave unconstrained (their
 * field is any Schema Object or any integer): an HTTP message binding's {@code headers} is a
 * schema of type object with properties, a Kafka message binding's {@code key} is a Schema Object,
 * an MQTT operation binding's {@code qos} is 0, 1 or 2. A value of the wrong JSON type is left to
 * the binding schema, which reports it already.
 */
final class BindingFieldCheck {

    /** One field of one binding; {@code problem} says what is wrong with a value, empty when it is allowed. */
    private record Rule(
            String protocol,
            String kind,
            Set<String> versions,
            String field,
            String allowed,
            Function<JsonNode, Optional<String>> problem) {
        Rule {
            Objects.requireNonNull(protocol, "protocol");
            versions = Set.copyOf(versions);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule(
                    "http",
                    "message",
                    Set.of("0.1.0", "0.2.0", "0.3.0"),
                    "headers",
                    "a Schema Object of type \"object\" with a \"properties\" key",
                    BindingFieldCheck::objectSchemaProblem),
            new Rule(
                    "kafka",
                    "message",
                    Set.of("0.1.0", "0.3.0"),
                    "key",
                    "a Schema Object (JSON Schema draft-07 keywords, discriminator, "
                            + "externalDocs, deprecated, x- extensions)",
                    key -> key.isObject() ? SchemaKeywords.problem(key) : Optional.empty()),
            new Rule(
                    "mqtt",
                    "operation",
                    Set.of("0.1.0"),
                    "qos",
                    "0 (at most once), 1 (at least once) or 2 (exactly once)",
                    qos -> !qos.isIntegralNumber() || qos.asLong() >= 0 && qos.asLong() <= 2
                            ? Optional.empty()
                            : Optional.of("found " + qos)));

    private BindingFieldCheck() {}

    /** The first rule this binding breaks, at a pointer relative to the binding; empty when none. */
    static Optional<FieldProblem> check(String protocol, String kind, String version, JsonNode binding) {
        for (Rule rule : RULES) {
            JsonNode value = binding.get(rule.field());
            if (value == null
                    || version == null
                    || !rule.protocol().equals(protocol)
                    || !rule.kind().equals(kind)
                    || !rule.versions().contains(version)) {
                continue;
            }
            Optional<String> problem = rule.problem().apply(value);
            if (problem.isPresent()) {
                return Optional.of(new FieldProblem(
                        "/" + rule.field(),
                        rule.field() + " of the " + protocol + " " + kind + " binding " + version + " must be "
                                + rule.allowed() + "; " + problem.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> objectSchemaProblem(JsonNode schema) {
        if (!schema.isObject()) {
            return Optional.empty();
        }
        if (!"object".equals(schema.path("type").asText(null))) {
            return Optional.of("found type " + (schema.has("type") ? schema.get("type") : "(none)"));
        }
        return schema.has("properties") ? Optional.empty() : Optional.of("found no \"properties\"");
    }

    /** A problem at a pointer below the binding. */
    record FieldProblem(String pointer, String message) {
        FieldProblem {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(message, "message");
        }
    }
}
