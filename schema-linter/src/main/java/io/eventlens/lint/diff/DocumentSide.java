package io.eventlens.lint.diff;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import io.eventlens.catalog.model.Catalog;

/** One loaded AsyncAPI document and its catalog: one side of a diff. */
public record DocumentSide(LoadedDocument document, Catalog catalog) {

    public DocumentSide {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(catalog, "catalog");
    }

    public static DocumentSide of(LoadedDocument document) {
        return new DocumentSide(document, Catalog.of(List.of(document)));
    }

    String file() {
        return document.name();
    }

    JsonNode tree() {
        return document.tree();
    }

    boolean v3() {
        return document.version().startsWith("3.");
    }

    /** A change located at {@code pointer} of this document. */
    DocumentChange change(ChangeType type, boolean breaking, String pointer, String sentence, List<String> consumers) {
        LoadProblem at = document.problemAt(pointer, sentence, LoadProblem.Severity.WARNING);
        return new DocumentChange(type, breaking, at.file(), Math.max(0, at.line()), Math.max(0, at.column()), pointer,
                sentence, consumers);
    }

    DocumentChange change(ChangeType type, String pointer, String sentence) {
        return change(type, type.breaking(), pointer, sentence, List.of());
    }
}
