package io.eventlens.catalog.model;

/** What the documented application does on a channel. */
public enum Action {
    /** It produces (2.x {@code subscribe}, 3.x {@code send}). */
    SEND,
    /** It consumes (2.x {@code publish}, 3.x {@code receive}). */
    RECEIVE
}
