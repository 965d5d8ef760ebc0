package io.eventlens.lint.validate;

import io.eventlens.catalog.CatalogLoad;
import io.eventlens.catalog.CatalogLoader;
import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.load.LoadOptions;
import io.eventlens.catalog.load.LoadProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Loads files or folders and validates every document found: the work of {@code eventlens validate}. */
public final class Validation {

    private final LoadOptions options;
    private final DocumentValidator validator = new DocumentValidator();

    public Validation(LoadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** One verdict per document, in the order found (folders are walked in name order). */
    public List<DocumentVerdict> validate(List<Path> filesOrFolders) {
        CatalogLoad load = new CatalogLoader(options).load(filesOrFolders);
        List<DocumentVerdict> verdicts = new ArrayList<>();
        for (DocumentLoad document : load.documents()) {
            List<LoadProblem> problems = new ArrayList<>(document.problems());
            if (document.loaded()) {
                problems.addAll(validator.validate(document.document()));
            }
            verdicts.add(new DocumentVerdict(document.file(), problems));
        }
        return verdicts;
    }
}
