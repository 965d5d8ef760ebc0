package io.eventlens.catalog.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored state of a document: its source (the name it was loaded under), the SHA-256 of its
 * content, its AsyncAPI version, when it was stored, and the content itself: the bundled tree as
 * canonical JSON, so a change in any file it references is a change of the document.
 */
public record Snapshot(
        long id, String source, String sha256, String asyncapiVersion, Instant loadedAt, String content) {

    public Snapshot {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(asyncapiVersion, "asyncapiVersion");
        Objects.requireNonNull(loadedAt, "loadedAt");
        Objects.requireNonNull(content, "content");
    }

    /** The stored bundled tree, read from {@link #content()}. */
    public JsonNode tree() {
        return CanonicalJson.read(content);
    }
}
