package io.eventlens.catalog.model;

/**
 * One search result: what was found ({@code SERVICE}, {@code CHANNEL}, {@code MESSAGE}), its id, and where it
 * matched.
 */
public record SearchHit(Kind kind, String id, String document, String matchedIn) {

    /** The kind of catalog entry a hit names. */
    public enum Kind {
        SERVICE,
        CHANNEL,
        MESSAGE
    }
}
