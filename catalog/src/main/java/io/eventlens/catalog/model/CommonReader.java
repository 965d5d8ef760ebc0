package io.eventlens.catalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What 2.x and 3.x documents share: the service from {@code info}, messages, channel bindings. */
class CommonReader {

    final DocView doc;
    final String document;
    final Service service;

    CommonReader(JsonNode tree, String document) {
        this.doc = new DocView(tree);
        this.document = document;
        this.service = service(doc.get(tree, "info"));
    }

    private Service service(JsonNode info) {
        String title = DocView.text(info, "title");
        String id = firstNonNull(DocView.text(info, "x-service-id"), title, document);
        Set<String> tags = new LinkedHashSet<>(); // each tag once, in constant time per tag
        doc.get(doc.root(), "tags").forEach(t -> addIfPresent(tags, DocView.text(doc.deref(t), "name")));
        doc.get(info, "tags").forEach(t -> addIfPresent(tags, DocView.text(doc.deref(t), "name")));
        return new Service(
                id,
                title,
                DocView.text(info, "version"),
                DocView.text(info, "description"),
                owner(info),
                List.copyOf(tags),
                document);
    }

    private Owner owner(JsonNode info) {
        JsonNode owner = doc.get(info, "x-owner");
        if (owner.isTextual()) {
            return new Owner(owner.asText(), null, null);
        }
        if (owner.isObject()) {
            return new Owner(DocView.text(owner, "name"), DocView.text(owner, "email"), DocView.text(owner, "url"));
        }
        JsonNode contact = doc.get(info, "contact");
        return contact.isObject()
                ? new Owner(DocView.text(contact, "name"), DocView.text(contact, "email"), DocView.text(contact, "url"))
                : null;
    }

    /**
     * A document that declares no channels and no operations runs nowhere: it is shared definitions
     * for other documents to reference, recorded with what its {@code components} declare.
     */
    void classify(Parts parts) {
        if (!parts.channels.isEmpty() || !parts.operations.isEmpty()) {
            return;
        }
        Map<String, List<String>> components = new LinkedHashMap<>();
        doc.get(doc.root(), "components").fields().forEachRemaining(section -> {
            JsonNode entries = doc.deref(section.getValue());
            if (entries.isObject()) {
                List<String> names = new ArrayList<>();
                entries.fieldNames().forEachRemaining(names::add);
                components.put(section.getKey(), names);
            }
        });
        parts.shared.add(new SharedDefinitions(service, components, List.of()));
    }

    /** Reads a message object; {@code fallbackKey} is used when it has no name. */
    Message message(JsonNode raw, String fallbackKey) {
        JsonNode message = doc.deref(raw);
        String key = firstNonNull(
                DocView.text(message, "name"), DocView.text(message, "messageId"), DocView.refName(raw), fallbackKey);
        JsonNode payload = message.get("payload");
        String version = firstNonNull(
                DocView.text(message, "x-schema-version"),
                DocView.text(message, "x-version"),
                DocView.text(doc.deref(payload), "x-schema-version"),
                service.version(),
                "0");
        List<JsonNode> examples = new ArrayList<>();
        doc.get(message, "examples").forEach(examples::add);
        JsonNode correlation = doc.get(message, "correlationId");
        return new Message(
                key,
                DocView.text(message, "name"),
                DocView.text(message, "title"),
                DocView.text(message, "summary"),
                DocView.text(message, "description"),
                version,
                DocView.text(message, "contentType"),
                payload,
                message.get("headers"),
                examples,
                DocView.text(correlation, "location"),
                doc.propertyNames(payload),
                service.id(),
                document);
    }

    List<ChannelBinding> bindings(JsonNode channel, String address) {
        List<ChannelBinding> bindings = new ArrayList<>();
        doc.get(channel, "bindings").fields().forEachRemaining(e -> {
            JsonNode binding = doc.deref(e.getValue());
            String destination = firstNonNull(
                    DocView.text(binding, "topic"),
                    DocView.text(binding, "stream"),
                    DocView.text(doc.get(binding, "queue"), "name"),
                    address);
            bindings.add(new ChannelBinding(e.getKey(), destination));
        });
        return bindings;
    }

    static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }
}
