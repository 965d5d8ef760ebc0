package io.eventlens.web.catalog;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.model.Catalog;
import io.eventlens.catalog.model.Message;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One state of the catalog.
 *
 * @param current the latest version of every document
 * @param history every version of every document ever loaded, for message versions
 * @param documents every document with its load result, failed ones included
 * @param storeProblem why snapshots could not be stored or read, or null
 * @param trees the bundled tree each message (by identity, of {@code current} or {@code history}) was read from,
 *        which its local references point into
 * @param serviceIds the stable id of each service of {@code current}
 * @param documentTrees the bundled tree of each document of {@code current}, by its name
 */
public record CatalogState(
        Catalog current,
        Catalog history,
        List<DocumentLoad> documents,
        Instant loadedAt,
        String storeProblem,
        Map<Message, JsonNode> trees,
        ServiceIds serviceIds,
        Map<String, JsonNode> documentTrees) {

    public CatalogState {
        requireNonNull(current, "current");
        requireNonNull(history, "history");
        documents = List.copyOf(documents);
        requireNonNull(loadedAt, "loadedAt");
        trees = Collections.unmodifiableMap(new IdentityHashMap<>(trees));
        requireNonNull(serviceIds, "serviceIds");
        documentTrees = Map.copyOf(documentTrees);
    }

    /** The bundled tree {@code message} was read from, or null when it is not a message of this state. */
    public JsonNode treeOf(Message message) {
        return trees.get(message);
    }

    public List<DocumentLoad> failed() {
        return documents.stream().filter(d -> !d.loaded()).toList();
    }

    /** Every version of a message, oldest first, from all documents ever loaded. */
    public List<Message> versions(String messageKey) {
        return history.messageVersions(messageKey);
    }

    /** The latest version of a message, or null. */
    public Message latest(String messageKey) {
        List<Message> versions = versions(messageKey);
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    /**
     * The version of a message its pages show: the latest in the current catalog, read from the loaded document (its
     * tree in document order), else the latest stored one; null when there is none.
     */
    public Message shown(String messageKey) {
        List<Message> live = current.messageVersions(messageKey);
        return live.isEmpty() ? latest(messageKey) : live.get(live.size() - 1);
    }

    /** The payload and headers trees and checked examples of the latest version of a message, or null. */
    MessageDetails details(String messageKey) {
        Message shown = shown(messageKey);
        return shown == null ? null : MessageDetails.of(treeOf(shown), shown);
    }

    /** The channels on which some operation sends or receives the message. */
    public List<String> channelsOf(String messageKey) {
        return current.operations().stream()
                .filter(o -> o.messages().contains(messageKey))
                .map(o -> o.channel())
                .distinct()
                .toList();
    }

    /** A message's heading: its title, with its key when they differ. */
    public static String heading(Message message) {
        String title = message.title();
        return title == null || title.isBlank() || title.equals(message.key())
                ? message.key()
                : title + " (" + message.key() + ")";
    }

    /** One row per message key of the current catalog. */
    public List<String> messageKeys() {
        return current.messages().stream()
                .map(Message::key)
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }
}
