package io.eventlens.catalog.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.load.LoadedDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The event catalog built from loaded documents: services, channels, operations and every version
 * of every message. Build one with {@link #of(List)}.
 *
 * @param services the {@code info} of every document, one per document: the applications and the
 *        shared definitions alike (see {@link #applications()})
 * @param sharedDefinitions the documents with no channels and no operations, which other documents
 *        reference rather than describe an application
 */
public record Catalog(
        List<Service> services,
        List<Channel> channels,
        List<Operation> operations,
        List<Message> messages,
        List<SharedDefinitions> sharedDefinitions) {

    public Catalog {
        services = List.copyOf(services);
        channels = List.copyOf(channels);
        operations = List.copyOf(operations);
        messages = List.copyOf(messages);
        sharedDefinitions = List.copyOf(sharedDefinitions);
    }

    /** A catalog in which every service is an application (no document is known as shared definitions). */
    public Catalog(List<Service> services, List<Channel> channels, List<Operation> operations, List<Message> messages) {
        this(services, channels, operations, messages, List.of());
    }

    /** Builds the catalog of these loaded documents. */
    public static Catalog of(List<LoadedDocument> documents) {
        List<Service> services = new ArrayList<>();
        List<Channel> channels = new ArrayList<>();
        List<Operation> operations = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        Map<LoadedDocument, Parts> read = new LinkedHashMap<>();
        for (LoadedDocument document : documents) {
            Parts parts = DocumentReader.read(document);
            read.put(document, parts);
            services.addAll(parts.services);
            channels.addAll(parts.channels);
            operations.addAll(parts.operations);
            messages.addAll(parts.messages.values());
        }
        return new Catalog(services, channels, operations, messages, SharedUse.of(read));
    }

    /**
     * Builds the catalog of one already bundled tree (e.g. a stored snapshot) of a document named
     * {@code document} declaring AsyncAPI {@code version}.
     */
    public static Catalog ofTree(String document, String version, JsonNode tree) {
        Parts parts =
                version.startsWith("3.") ? new V3Reader(tree, document).read() : new V2Reader(tree, document).read();
        return new Catalog(
                parts.services, parts.channels, parts.operations, List.copyOf(parts.messages.values()), parts.shared);
    }

    /** The services that are applications: every document's {@code info} but the shared definitions'. */
    public List<Service> applications() {
        return services.stream()
                .filter(s -> sharedDefinitions.stream().noneMatch(d -> d.info().equals(s)))
                .toList();
    }

    /**
     * Every distinct schema version of the message with this key, oldest first. The producers'
     * declarations are the message's schema: a consumer's document may declare only the part it
     * reads, so it counts only when no producer declares that version.
     */
    public List<Message> messageVersions(String key) {
        List<String> producers = servicesThat(Action.SEND, key);
        Map<String, Message> byVersion = new LinkedHashMap<>();
        messages.stream()
                .filter(m -> m.key().equals(key) && producers.contains(m.service()))
                .forEach(m -> byVersion.putIfAbsent(m.schemaVersion(), m));
        messages.stream().filter(m -> m.key().equals(key)).forEach(m -> byVersion.putIfAbsent(m.schemaVersion(), m));
        return byVersion.values().stream()
                .sorted((a, b) -> VersionOrder.INSTANCE.compare(a.schemaVersion(), b.schemaVersion()))
                .toList();
    }

    /** Services with an operation of this action on a message with this key. */
    public List<String> servicesThat(Action action, String messageKey) {
        Objects.requireNonNull(action, "action");
        return operations.stream()
                .filter(o -> o.action() == action && o.messages().contains(messageKey))
                .map(Operation::service)
                .distinct()
                .toList();
    }

    /** Case-insensitive search over names, titles, descriptions and payload field names. */
    public List<SearchHit> search(String query) {
        return CatalogSearch.search(this, query);
    }
}
