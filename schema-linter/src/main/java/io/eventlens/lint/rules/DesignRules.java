package io.eventlens.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event-design rules no public ruleset has: names, envelope, pinned versions, self-contained payloads,
 * descriptions, bindings.
 */
final class DesignRules {

    private DesignRules() {}

    static List<Rule> all() {
        return List.of(
                new Rule(
                        "eventlens-event-name-past-tense",
                        Level.WARN,
                        "An event records a fact that happened (OrderPlaced);"
                                + " an imperative or a change noun (PlaceOrder, OrderUpdate) hides what happened.",
                        DesignRules::pastTense),
                new Rule(
                        "eventlens-envelope-fields",
                        Level.WARN,
                        "Consumers deduplicate, order, trace and route events by the"
                                + " envelope fields, so every payload must carry them.",
                        DesignRules::envelope),
                new Rule(
                        "eventlens-schema-version-pinned",
                        Level.WARN,
                        "A consumer can only branch on schema_version if each"
                                + " message version fixes it with const or enum.",
                        DesignRules::versionPinned),
                new Rule(
                        "eventlens-payload-self-contained",
                        Level.WARN,
                        "An event that carries only ids forces every consumer"
                                + " to call back the producer; carry the data.",
                        DesignRules::selfContained),
                new Rule(
                        "eventlens-message-description",
                        Level.WARN,
                        "Consumers learn what a message means from its description or summary.",
                        DesignRules::messageDescription),
                new Rule(
                        "eventlens-channel-description",
                        Level.WARN,
                        "A channel description says what flows there and how it is keyed.",
                        DesignRules::channelDescription),
                new Rule(
                        "eventlens-channel-binding",
                        Level.WARN,
                        "Without a protocol binding (kafka, amqp, ...) the topic"
                                + " settings and key are undocumented.",
                        DesignRules::channelBinding));
    }

    /**
     * Commands are exempt from event naming: x-eventlens-kind command, a tag named command, or a summary starting
     * "Command".
     */
    static boolean isCommand(Node message) {
        JsonNode value = message.value();
        if (value.path("x-eventlens-kind").asText("").equalsIgnoreCase("command")) {
            return true;
        }
        for (JsonNode tag : value.path("tags")) {
            if (tag.path("name").asText("").equalsIgnoreCase("command")) {
                return true;
            }
        }
        String summary = (message.text("summary") + " " + message.text("description"))
                .trim()
                .toLowerCase(Locale.ROOT);
        return summary.startsWith("command");
    }

    private static void pastTense(LintDocument document, Rule.Reporter out) {
        for (Node message : document.messages()) {
            String verdict = isCommand(message) ? null : EventNames.verdict(message.name());
            if (verdict != null) {
                out.report(
                        message.pointer(),
                        "event name: " + verdict + " (mark a command with x-eventlens-kind: command)");
            }
        }
    }

    private static void envelope(LintDocument document, Rule.Reporter out) {
        for (Node message : document.messages()) {
            JsonNode payload = PayloadFields.payloadOf(document, message);
            if (payload == null) {
                continue;
            }
            Map<String, List<JsonNode>> fields = PayloadFields.of(document.tree(), payload);
            List<String> missing = document.config().envelopeFields().stream()
                    .filter(f -> !fields.containsKey(f))
                    .toList();
            if (!missing.isEmpty()) {
                out.report(
                        message.pointer() + "/payload",
                        "message " + message.name() + " lacks the envelope field"
                                + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " (expected: "
                                + String.join(", ", document.config().envelopeFields()) + ")");
            }
        }
    }

    private static void versionPinned(LintDocument document, Rule.Reporter out) {
        for (Node message : document.messages()) {
            JsonNode payload = PayloadFields.payloadOf(document, message);
            List<JsonNode> versions = payload == null
                    ? null
                    : PayloadFields.of(document.tree(), payload).get("schema_version");
            if (versions != null
                    && versions.stream()
                            .noneMatch(v -> v.has("const") || v.path("enum").isArray())) {
                out.report(
                        message.pointer() + "/payload",
                        "message " + message.name() + " does not pin schema_version: give"
                                + " it const (or enum) in this message version's payload, e.g. "
                                + "schema_version: {const: 1}");
            }
        }
    }

    private static void selfContained(LintDocument document, Rule.Reporter out) {
        int min = document.config().minPayloadFields();
        for (Node message : document.messages()) {
            JsonNode payload = PayloadFields.payloadOf(document, message);
            if (payload == null) {
                continue;
            }
            Map<String, List<JsonNode>> fields = PayloadFields.of(document.tree(), payload);
            List<JsonNode> data = fields.get("data");
            if (data != null) {
                fields = new LinkedHashMap<>();
                for (JsonNode each : data) {
                    fields.putAll(PayloadFields.of(document.tree(), each));
                }
            }
            long carried = fields.keySet().stream()
                    .filter(f -> !PayloadFields.isId(f))
                    .filter(f -> !document.config().envelopeFields().contains(f))
                    .count();
            if (carried < min && !fields.isEmpty()) {
                out.report(
                        message.pointer() + "/payload",
                        "message " + message.name() + " carries " + carried + " field"
                                + (carried == 1 ? "" : "s") + " beyond ids and the envelope ("
                                + String.join(", ", fields.keySet())
                                + "); at least " + min + " expected so consumers need not call back");
            }
        }
    }

    private static void messageDescription(LintDocument document, Rule.Reporter out) {
        for (Node message : document.messages()) {
            if (message.text("description").isBlank() && message.text("summary").isBlank()) {
                out.report(message.pointer(), "message " + message.name() + " has neither description nor summary");
            }
        }
    }

    private static void channelDescription(LintDocument document, Rule.Reporter out) {
        for (Node channel : document.channels()) {
            if (channel.text("description").isBlank()) {
                out.report(channel.pointer(), "channel " + channel.name() + " has no description");
            }
        }
    }

    private static void channelBinding(LintDocument document, Rule.Reporter out) {
        for (Node channel : document.channels()) {
            Node bindings = channel.child(document.tree(), "bindings");
            if (bindings == null
                    || !bindings.value().isObject()
                    || bindings.value().isEmpty()) {
                out.report(
                        channel.pointer(),
                        "channel " + channel.name() + " has no protocol binding (bindings.kafka, .amqp, ...)");
            }
        }
    }
}
