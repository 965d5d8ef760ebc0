package io.eventlens.catalog.history;

/** The snapshot table cannot be read or written; nothing of the failed call was stored. */
public final class SnapshotStoreException extends RuntimeException {

    SnapshotStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
