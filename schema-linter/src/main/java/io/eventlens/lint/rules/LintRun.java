package io.eventlens.lint.rules;

import io.eventlens.catalog.load.LoadProblem;
import java.util.List;

/** What a lint run found: how many documents were linted, the findings, and the documents that did not load. */
public record LintRun(int documents, List<LintFinding> findings, List<LoadProblem> inputErrors) {

    public LintRun {
        findings = List.copyOf(findings);
        inputErrors = List.copyOf(inputErrors);
    }

    /** Whether any finding has level error. */
    public boolean failed() {
        return findings.stream().anyMatch(f -> f.level() == Level.ERROR);
    }
}
