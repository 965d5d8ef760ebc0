package io.eventlens.web.catalog;

import static java.util.Objects.requireNonNull;

import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.model.Catalog;
import io.eventlens.catalog.model.Message;
import java.time.Instant;
import java.util.List;

/**
 * One state of the catalog.
 *
 * @param current the latest version of every document
 * @param history every version of every document ever loaded, for message versions
 * @param documents every document with its load result, failed ones included
 * @param storeProblem why snapshots could not be stored or read, or null
 */
public record CatalogState(
        Catalog current, Catalog history, List<DocumentLoad> documents, Instant loadedAt, String storeProblem) {

    public CatalogState {
        requireNonNull(current, "current");
        requireNonNull(history, "history");
        documents = List.copyOf(documents);
        requireNonNull(loadedAt, "loadedAt");
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

    /** One row per message key of the current catalog. */
    public List<String> messageKeys() {
        return current.messages().stream()
                .map(Message::key)
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }
}
