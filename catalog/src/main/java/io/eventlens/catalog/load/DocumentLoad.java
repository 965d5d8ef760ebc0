package io.eventlens.catalog.load;

import java.util.List;
import java.util.Objects;

/** The outcome for one document: the document when it loaded, and every problem (warnings too). */
public record DocumentLoad(String file, LoadedDocument document, List<LoadProblem> problems) {

    public DocumentLoad {
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
    }

    /** Whether the document loaded; warnings alone do not stop it. */
    public boolean loaded() {
        return document != null;
    }
}
