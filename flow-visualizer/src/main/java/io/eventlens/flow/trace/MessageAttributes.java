package io.eventlens.flow.trace;

import java.util.List;
import java.util.Map;

/**
 * The messaging attributes a timeline shows, read under both the old (semconv 1.24-era, the Java
 * Kafka instrumentation's default) and the new names (semconv 1.26 and later).
 */
public final class MessageAttributes {

    static final List<String> KEY = List.of("messaging.kafka.message.key", "messaging.kafka.message_key");
    static final List<String> TOPIC = List.of("messaging.destination.name", "messaging.destination");
    static final List<String> PARTITION = List.of(
            "messaging.destination.partition.id", "messaging.kafka.destination.partition", "messaging.kafka.partition");
    static final List<String> OFFSET = List.of("messaging.kafka.offset", "messaging.kafka.message.offset");
    static final List<String> MESSAGE_ID = List.of("messaging.message.id", "messaging.message_id");
    static final List<String> EVENT_TYPE = List.of("event.type", "cloudevents.event_type", "messaging.event.type");
    static final List<String> GROUP = List.of("messaging.consumer.group.name", "messaging.kafka.consumer.group");
    static final List<String> SYSTEM = List.of("messaging.system");

    private MessageAttributes() {}

    public static String key(Map<String, String> attributes) {
        return first(attributes, KEY);
    }

    public static String topic(Map<String, String> attributes) {
        return first(attributes, TOPIC);
    }

    public static String partition(Map<String, String> attributes) {
        return first(attributes, PARTITION);
    }

    public static String offset(Map<String, String> attributes) {
        return first(attributes, OFFSET);
    }

    public static String messageId(Map<String, String> attributes) {
        return first(attributes, MESSAGE_ID);
    }

    public static String eventType(Map<String, String> attributes) {
        return first(attributes, EVENT_TYPE);
    }

    public static String consumerGroup(Map<String, String> attributes) {
        return first(attributes, GROUP);
    }

    public static String system(Map<String, String> attributes) {
        return first(attributes, SYSTEM);
    }

    static String first(Map<String, String> attributes, List<String> names) {
        for (String name : names) {
            String value = attributes.get(name);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
