package io.eventlens.lint.validate;

import io.eventlens.catalog.load.LoadProblem;
import java.util.List;
import java.util.Objects;

/** One document's outcome: its file and every problem; valid when none is an error. */
public record DocumentVerdict(String file, List<LoadProblem> problems) {

    public DocumentVerdict {
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.stream().noneMatch(LoadProblem::isError);
    }
}
