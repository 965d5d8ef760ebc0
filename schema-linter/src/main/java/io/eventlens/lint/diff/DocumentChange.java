package io.eventlens.lint.diff;

import java.util.List;
import java.util.Objects;

/**
 * One change between two AsyncAPI documents.
 *
 * @param type      what changed
 * @param breaking  whether it breaks producers or consumers of the old document
 * @param file      the document the pointer points into (the old one for removals, else the new one)
 * @param line      1-based line of the pointer in that file, 0 when unknown
 * @param column    1-based column, 0 when unknown
 * @param pointer   JSON Pointer in that file
 * @param sentence  what changed and why it breaks or not
 * @param consumers services that receive the message concerned (the ones a breaking change hurts)
 */
public record DocumentChange(
        ChangeType type,
        boolean breaking,
        String file,
        int line,
        int column,
        String pointer,
        String sentence,
        List<String> consumers) {

    public DocumentChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(sentence, "sentence");
        consumers = List.copyOf(consumers);
    }
}
