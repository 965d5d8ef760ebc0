package io.eventlens.lint.rules;

import io.eventlens.catalog.CatalogLoader;
import io.eventlens.catalog.load.DocumentLoad;
import io.eventlens.catalog.load.LoadOptions;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Lints AsyncAPI documents: loads files and folders with the catalog loader, then runs every rule
 * that its configured level does not turn off. A document that does not load is an input error,
 * not a finding.
 */
public final class Linter {

    private final LintConfig config;
    private final LoadOptions options;

    public Linter(LintConfig config, LoadOptions options) {
        this.config = Objects.requireNonNull(config, "config");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Every rule, event-design rules first. */
    public static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>(DesignRules.all());
        rules.addAll(BaselineRules.all());
        return List.copyOf(rules);
    }

    public static Set<String> ruleIds() {
        Set<String> ids = new LinkedHashSet<>();
        rules().forEach(r -> ids.add(r.id()));
        return ids;
    }

    public LintRun lint(List<Path> filesOrFolders) {
        List<LintFinding> findings = new ArrayList<>();
        List<LoadProblem> inputErrors = new ArrayList<>();
        int documents = 0;
        for (DocumentLoad load : new CatalogLoader(options).load(filesOrFolders).documents()) {
            if (!load.loaded()) {
                load.problems().stream().filter(LoadProblem::isError).forEach(inputErrors::add);
                continue;
            }
            documents++;
            findings.addAll(lint(load.document()));
        }
        return new LintRun(documents, findings, inputErrors);
    }

    /** The findings of every rule on one loaded document, without repeats. */
    public List<LintFinding> lint(LoadedDocument loaded) {
        LintDocument document = new LintDocument(loaded, config);
        Set<LintFinding> findings = new LinkedHashSet<>();
        for (Rule rule : rules()) {
            Level level = config.levelOf(rule);
            if (level == Level.OFF) {
                continue;
            }
            rule.check().accept(document, (pointer, message) -> {
                LoadProblem at = loaded.problemAt(pointer, message, LoadProblem.Severity.WARNING);
                findings.add(new LintFinding(rule.id(), level, at.file(), at.line(), at.column(), pointer, message));
            });
        }
        return List.copyOf(findings);
    }
}
