package io.eventlens.dlq.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.LocalPointers;
import io.eventlens.catalog.document.MessageSchema;
import io.eventlens.catalog.document.SchemaInDocument;
import io.eventlens.catalog.model.Catalog;
import io.eventlens.catalog.model.Channel;
import io.eventlens.catalog.model.Message;
import io.eventlens.catalog.model.Operation;
import io.eventlens.lint.payload.PayloadValidation;
import io.eventlens.lint.payload.PayloadValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Whether a dead-letter payload validates now against its message's schema in the catalog: the
 * messages of the channel whose address is the record's original topic, the one named by the
 * payload's {@code event_type} (or {@code type}) when there are several, its latest version; checked
 * by the governance module's {@link PayloadValidator}. The schema is checked in its document
 * ({@link SchemaInDocument}), so local references such as {@code #/components/schemas/Order} resolve; a 3.0
 * {@code {schemaFormat, schema}} payload is checked by its {@code schema} when the format is JSON Schema.
 */
public final class PayloadCheck {

    private final Supplier<Catalog> catalog;
    private final Function<Message, JsonNode> documentOf;
    private final PayloadValidator validator;

    /**
     * @param catalog    the catalog to look messages up in, read at each check (null when there is none yet)
     * @param documentOf the bundled tree a message of that catalog was read from, null when unknown
     * @param validator  the payload validator
     */
    public PayloadCheck(Supplier<Catalog> catalog, Function<Message, JsonNode> documentOf, PayloadValidator validator) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.documentOf = Objects.requireNonNull(documentOf, "documentOf");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    public SchemaVerdict check(String originalTopic, JsonNode payload) {
        if (payload == null) {
            return new SchemaVerdict(SchemaVerdict.Status.NOT_JSON, null, List.of("the payload is not JSON"));
        }
        if (originalTopic == null) {
            return new SchemaVerdict(
                    SchemaVerdict.Status.NO_SCHEMA,
                    null,
                    List.of("no original topic in the headers, so no channel to look up"));
        }
        Optional<Message> message = messageFor(originalTopic, payload);
        if (message.isEmpty() || message.get().payload() == null) {
            return new SchemaVerdict(
                    SchemaVerdict.Status.NO_SCHEMA,
                    null,
                    List.of("the catalog has no message schema for topic '" + originalTopic + "'"
                            + (eventType(payload) == null ? "" : " and event type '" + eventType(payload) + "'")));
        }
        return against(message.get(), payload);
    }

    /** The verdict of {@code payload} against {@code message}'s payload schema, read in its document. */
    private SchemaVerdict against(Message message, JsonNode payload) {
        JsonNode document = documentOf.apply(message);
        if (document == null) {
            return new SchemaVerdict(
                    SchemaVerdict.Status.NO_SCHEMA,
                    message.key(),
                    List.of("the document of message '" + message.key()
                            + "' is not known, so its schema's references cannot be resolved"));
        }
        JsonNode part = LocalPointers.follow(document, message.payload(), 0);
        if (MessageSchema.isWrapper(part)
                && !MessageSchema.jsonSchema(part.get("schemaFormat").asText())) {
            return new SchemaVerdict(
                    SchemaVerdict.Status.NO_SCHEMA,
                    message.key(),
                    List.of("the payload schema is written in "
                            + part.get("schemaFormat").asText() + "; only JSON Schema payloads are checked"));
        }
        JsonNode schema = MessageSchema.unwrap(document, message.payload());
        PayloadValidation validation = validator.validate(SchemaInDocument.of(document, schema), payload);
        List<String> problems = new ArrayList<>();
        validation
                .problems()
                .forEach(p -> problems.add((p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.message()));
        if (validation.outcome() == PayloadValidation.Outcome.NOT_CHECKED) {
            return new SchemaVerdict(SchemaVerdict.Status.NO_SCHEMA, message.key(), problems);
        }
        return new SchemaVerdict(
                problems.isEmpty() ? SchemaVerdict.Status.VALID : SchemaVerdict.Status.INVALID,
                message.key() + " v" + message.schemaVersion(),
                problems);
    }

    private Optional<Message> messageFor(String topic, JsonNode payload) {
        Catalog current = catalog.get();
        if (current == null) {
            return Optional.empty();
        }
        List<String> channelIds = current.channels().stream()
                .filter(c ->
                        topic.equals(c.address()) || c.bindings().stream().anyMatch(b -> topic.equals(b.destination())))
                .map(Channel::id)
                .toList();
        Map<String, Message> candidates = new LinkedHashMap<>();
        for (Operation operation : current.operations()) {
            if (channelIds.contains(operation.channel())) {
                for (String key : operation.messages()) {
                    current.messageVersions(key).stream()
                            .max(Comparator.comparing(Message::schemaVersion))
                            .ifPresent(m -> candidates.putIfAbsent(key, m));
                }
            }
        }
        String type = eventType(payload);
        if (type != null) {
            Optional<Message> named = candidates.values().stream()
                    .filter(m -> type.equals(m.name()) || m.key().endsWith(type))
                    .findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        return candidates.size() == 1 ? candidates.values().stream().findFirst() : Optional.empty();
    }

    private static String eventType(JsonNode payload) {
        for (String field : List.of("event_type", "type", "eventType")) {
            if (payload.path(field).isTextual()) {
                return payload.path(field).asText();
            }
        }
        return null;
    }
}
