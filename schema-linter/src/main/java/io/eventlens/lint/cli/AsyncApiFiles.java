package io.eventlens.lint.cli;

import io.eventlens.catalog.CatalogLoad;
import io.eventlens.catalog.CatalogLoader;
import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.load.LoadOptions;
import io.eventlens.lint.diff.ChangeType;
import io.eventlens.lint.diff.DocumentChange;
import io.eventlens.lint.diff.DocumentSide;
import io.eventlens.lint.report.Severity;
import io.eventlens.lint.report.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loading AsyncAPI documents for the gate commands, and their changes as report violations. */
final class AsyncApiFiles {

    private AsyncApiFiles() {}

    /** Each file as one loaded document; a missing file or one that does not load is an {@link InputError}. */
    static List<DocumentSide> load(List<Path> files, LoadOptions options) {
        List<DocumentSide> sides = new ArrayList<>();
        CatalogLoader loader = new CatalogLoader(options);
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new InputError(
                        "no such file: " + file + " (expected an AsyncAPI document, .yaml, .yml or .json)");
            }
            CatalogLoad load = loader.load(file);
            List<DocumentLoad> documents = load.failed().isEmpty() ? load.documents() : load.failed();
            DocumentLoad document =
                    documents.isEmpty() ? new DocumentLoad(file.toString(), null, load.problems()) : documents.get(0);
            try {
                sides.add(DocumentSide.loaded(file.toString(), document));
            } catch (IllegalArgumentException e) {
                throw new InputError(e.getMessage());
            }
        }
        return sides;
    }

    /** Breaking changes are errors (they fail the gate), the others are infos. */
    static List<Violation> violations(List<DocumentChange> changes) {
        return changes.stream()
                .map(c -> new Violation(
                        c.type().id(),
                        c.breaking() ? Severity.ERROR : Severity.INFO,
                        c.file(),
                        c.line(),
                        c.column(),
                        c.pointer(),
                        c.sentence() + hurt(c)))
                .toList();
    }

    private static String hurt(DocumentChange change) {
        return change.breaking() && !change.consumers().isEmpty()
                ? " (consumers hurt: " + String.join(", ", change.consumers()) + ")"
                : "";
    }

    /** 2 when a schema could not be compared (input error), 1 when a change breaks, else 0. */
    static int exitCode(List<DocumentChange> changes) {
        if (changes.stream().anyMatch(c -> c.type() == ChangeType.SCHEMA_NOT_COMPARABLE)) {
            return 2;
        }
        return changes.stream().anyMatch(DocumentChange::breaking) ? 1 : 0;
    }
}
