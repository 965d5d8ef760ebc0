package io.eventlens.lint.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The useful subset of Spectral's {@code spectral:asyncapi} rules, under their ids. Where Spectral
 * has a 2.x rule and an {@code asyncapi-3-} twin, the one id here covers both versions.
 */
final class BaselineRules {

    private BaselineRules() {}

    static List<Rule> all() {
        return List.of(
                new Rule(
                        "asyncapi-info-contact",
                        Level.WARN,
                        "People need to know whom to ask about an API.",
                        (d, out) -> missing(d, "/info", "contact", "info has no contact object", out)),
                new Rule(
                        "asyncapi-info-description",
                        Level.WARN,
                        "A description says what the API is for.",
                        (d, out) -> missing(d, "/info", "description", "info has no description", out)),
                new Rule(
                        "asyncapi-info-license",
                        Level.WARN,
                        "Consumers need to know the terms of use.",
                        (d, out) -> missing(d, "/info", "license", "info has no license object", out)),
                new Rule(
                        "asyncapi-servers",
                        Level.WARN,
                        "Without servers nobody knows where the channels live.",
                        BaselineRules::servers),
                new Rule(
                        "asyncapi-server-no-trailing-slash",
                        Level.WARN,
                        "A trailing slash doubles when paths are joined.",
                        BaselineRules::serverSlash),
                new Rule(
                        "asyncapi-channel-no-trailing-slash",
                        Level.WARN,
                        "Channel addresses ending in a slash are easily mistaken for other channels.",
                        (d, out) -> addresses(d, out, a -> a.length() > 1 && a.endsWith("/"), "ends with a slash")),
                new Rule(
                        "asyncapi-channel-no-query-nor-fragment",
                        Level.WARN,
                        "A channel address is not a URL: '?' and '#' belong to bindings and parameters.",
                        (d, out) -> addresses(
                                d,
                                out,
                                a -> a.contains("?") || a.contains("#"),
                                "contains a query ('?') or fragment ('#') delimiter")),
                new Rule(
                        "asyncapi-channel-no-empty-parameter",
                        Level.WARN,
                        "An empty parameter '{}' cannot be filled.",
                        (d, out) -> addresses(d, out, a -> a.contains("{}"), "has an empty parameter '{}'")),
                new Rule(
                        "asyncapi-operation-operationId",
                        Level.ERROR,
                        "Code generators and docs name operations by"
                                + " operationId (2.x; a 3.x operation's key is its id).",
                        BaselineRules::operationId),
                new Rule(
                        "asyncapi-operation-operationId-uniqueness",
                        Level.ERROR,
                        "Two operations with one operationId collide in generated code (2.x).",
                        (d, out) -> unique(d, d.operations(), "operationId", out)),
                new Rule(
                        "asyncapi-message-messageId-uniqueness",
                        Level.ERROR,
                        "Two messages with one messageId cannot be told apart (2.x).",
                        (d, out) -> unique(d, d.messages(), "messageId", out)),
                new Rule(
                        "asyncapi-operation-description",
                        Level.WARN,
                        "An operation description says why a service sends or receives.",
                        BaselineRules::operationDescription),
                new Rule(
                        "asyncapi-tags-uniqueness",
                        Level.ERROR,
                        "Tags are looked up by name; a duplicate name is ambiguous.",
                        BaselineRules::tagsUnique),
                new Rule(
                        "asyncapi-message-examples",
                        Level.ERROR,
                        "An example that does not match its schema teaches consumers the wrong shape.",
                        ExampleRule::check));
    }

    private static void missing(LintDocument d, String pointer, String field, String message, Rule.Reporter out) {
        JsonNode parent = d.tree().at(pointer);
        JsonNode value = parent.get(field);
        if (value == null
                || value.isNull()
                || (value.isTextual() && value.asText().isBlank())) {
            out.report(pointer, message);
        }
    }

    private static void servers(LintDocument d, Rule.Reporter out) {
        JsonNode servers = d.tree().get("servers");
        if (servers == null || !servers.isObject() || servers.isEmpty()) {
            out.report("", "the document has no servers");
        }
    }

    private static void serverSlash(LintDocument d, Rule.Reporter out) {
        for (Node server : d.entries(d.root(), "servers")) {
            String where = d.v3() ? server.text("host") + server.text("pathname") : server.text("url");
            if (where.endsWith("/")) {
                out.report(server.pointer(), "server " + server.name() + " ends with a slash: " + where);
            }
        }
    }

    private static void addresses(LintDocument d, Rule.Reporter out, Predicate<String> bad, String why) {
        for (Node channel : d.channels()) {
            String address = d.v3() ? channel.text("address") : channel.name();
            if (bad.test(address)) {
                out.report(channel.pointer() + (d.v3() ? "/address" : ""), "channel address '" + address + "' " + why);
            }
        }
    }

    private static void operationId(LintDocument d, Rule.Reporter out) {
        if (!d.v3()) {
            d.operations().stream()
                    .filter(o -> o.text("operationId").isBlank())
                    .forEach(o -> out.report(o.pointer(), "operation has no operationId"));
        }
    }

    private static void unique(LintDocument d, List<Node> nodes, String field, Rule.Reporter out) {
        Map<String, String> first = new HashMap<>();
        for (Node node : d.v3() ? List.<Node>of() : nodes) {
            String id = node.text(field);
            String earlier = id.isEmpty() ? null : first.putIfAbsent(id, node.pointer());
            if (earlier != null) {
                out.report(node.pointer() + "/" + field, field + " '" + id + "' is already used at " + earlier);
            }
        }
    }

    private static void operationDescription(LintDocument d, Rule.Reporter out) {
        d.operations().stream()
                .filter(o -> o.text("description").isBlank())
                .forEach(o -> out.report(o.pointer(), "operation " + o.name() + " has no description"));
    }

    private static void tagsUnique(LintDocument d, Rule.Reporter out) {
        String pointer = d.v3() ? "/info/tags" : "/tags";
        JsonNode tags = d.tree().at(pointer);
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            String name = tags.get(i).path("name").asText("");
            Integer earlier = first.putIfAbsent(name, i);
            if (earlier != null) {
                out.report(
                        pointer + "/" + i + "/name",
                        "tag '" + name + "' is already defined at " + pointer + "/" + earlier);
            }
        }
    }
}
