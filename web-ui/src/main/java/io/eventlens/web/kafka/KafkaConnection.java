package io.eventlens.web.kafka;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * The Kafka cluster EventLens watches: the bundled demo broker or a configured one.
 *
 * @param clientProperties ordinary Kafka client properties, {@code bootstrap.servers} included
 * @param embedded true for the bundled demo broker
 */
public record KafkaConnection(Map<String, Object> clientProperties, boolean embedded) {

    public KafkaConnection {
        clientProperties = Map.copyOf(requireNonNull(clientProperties, "clientProperties"));
        if (!clientProperties.containsKey("bootstrap.servers")) {
            throw new IllegalArgumentException("bootstrap.servers is missing");
        }
    }

    public String bootstrapServers() {
        return String.valueOf(clientProperties.get("bootstrap.servers"));
    }
}
