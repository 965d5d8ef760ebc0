package io.eventlens.web.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.document.LocalPointers;
import io.eventlens.catalog.model.Channel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a channel's bindings say about where it runs, read from its document: the Kafka topic, partitions and
 * message key, the Redis stream, and the consumer groups ({@code x-consumer-group} of the operations receiving on
 * it), so the page can link it to the runtime views (lag by group, DLQs, traces by destination).
 *
 * @param protocols  each binding as {@code kafka: topic orders, 3 partitions, key string}
 * @param destination the topic or stream name the runtime views know it by
 * @param groups     consumer groups receiving on it, as the documents name them
 */
record ChannelFacts(String id, String destination, List<String> protocols, List<String> groups) {

    ChannelFacts {
        protocols = List.copyOf(protocols);
        groups = List.copyOf(groups);
    }

    /** A server of a document: {@code local-kafka: kafka 127.0.0.1:19092}. */
    static List<String> servers(JsonNode tree) {
        List<String> servers = new ArrayList<>();
        if (tree == null) {
            return servers;
        }
        tree.path("servers").fields().forEachRemaining(server -> {
            JsonNode value = LocalPointers.follow(tree, server.getValue(), 0);
            if (value != null) {
                String host = value.path("host").asText(value.path("url").asText(""));
                servers.add(server.getKey() + ": " + value.path("protocol").asText("?") + " " + host);
            }
        });
        return servers;
    }

    static ChannelFacts of(JsonNode tree, Channel channel) {
        String destination = channel.bindings().isEmpty()
                ? (channel.address() == null ? channel.id() : channel.address())
                : channel.bindings().get(0).destination();
        List<String> protocols = new ArrayList<>();
        Set<String> groups = new LinkedHashSet<>();
        JsonNode node =
                tree == null ? null : LocalPointers.resolve(tree, JsonPointers.child("/channels", channel.id()));
        if (node != null) {
            node.path("bindings").fields().forEachRemaining(b -> protocols.add(binding(tree, node, b)));
            // 2.x: the publish operation is what the documented application receives
            groups.addAll(texts(node.path("publish").path("x-consumer-group")));
        }
        if (tree != null) {
            String ref = "#" + JsonPointers.child("/channels", channel.id());
            tree.path("operations").forEach(operation -> {
                if ("receive".equals(operation.path("action").asText())
                        && ref.equals(operation.path("channel").path("$ref").asText())) {
                    groups.addAll(texts(operation.path("x-consumer-group")));
                }
            });
        }
        return new ChannelFacts(channel.id(), destination, protocols, new ArrayList<>(groups));
    }

    private static String binding(JsonNode tree, JsonNode channel, Map.Entry<String, JsonNode> entry) {
        JsonNode binding = LocalPointers.follow(tree, entry.getValue(), 0);
        List<String> facts = new ArrayList<>();
        if (binding != null) {
            if (binding.has("topic")) {
                facts.add("topic " + binding.get("topic").asText());
            }
            if (binding.has("partitions")) {
                facts.add(binding.get("partitions").asText() + " partitions");
            }
            if (binding.has("replicas")) {
                facts.add(binding.get("replicas").asText() + " replicas");
            }
        }
        if ("redis".equals(entry.getKey())) {
            facts.add("stream " + channel.path("address").asText(""));
        }
        String key = messageKey(tree, channel, entry.getKey());
        if (key != null) {
            facts.add("key " + key);
        }
        return entry.getKey() + (facts.isEmpty() ? "" : ": " + String.join(", ", facts));
    }

    /** The type (or description) of the first {@code bindings.<protocol>.key} among the channel's messages. */
    private static String messageKey(JsonNode tree, JsonNode channel, String protocol) {
        for (JsonNode raw : channel.path("messages")) {
            JsonNode message = LocalPointers.follow(tree, raw, 0);
            JsonNode key = message == null
                    ? null
                    : message.path("bindings").path(protocol).get("key");
            JsonNode schema = key == null ? null : LocalPointers.follow(tree, key, 0);
            if (schema != null) {
                String type = FieldTree.type(schema);
                return schema.path("description").isTextual()
                        ? type + " (" + schema.get("description").asText() + ")"
                        : type;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(n -> {
            if (n.isTextual()) {
                texts.add(n.asText());
            }
        });
        return texts;
    }
}
