package io.eventlens.lint.cli;

import io.eventlens.catalog.load.LoadOptions;
import io.eventlens.lint.report.Format;
import io.eventlens.lint.report.Reports;
import io.eventlens.lint.report.Violation;
import io.eventlens.lint.rules.LintConfig;
import io.eventlens.lint.rules.LintConfigException;
import io.eventlens.lint.rules.LintConfigReader;
import io.eventlens.lint.rules.LintRun;
import io.eventlens.lint.rules.Linter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eventlens lint FILE_OR_FOLDER... [--config F] [--format F] [--output F]}: the event-design and AsyncAPI lint
 * rules.
 */
@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        description = {
            "Lints AsyncAPI documents with the event-design rules and the AsyncAPI baseline rules (docs/lint.md).",
            "Exit: 0 no error-level finding, 1 an error-level finding, 2 usage or input error (whatever the format)."
        })
final class LintCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "AsyncAPI files or folders of them")
    List<Path> paths;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "rule levels and options; default: " + LintConfigReader.FILE_NAME
                    + " beside the first path that has one")
    Path config;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = FormatConverter.class,
            description = "text, json, sarif or junit; default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "write the report there instead of standard output")
    Path output;

    @CommandLine.Mixin
    RootOption roots;

    @CommandLine.ParentCommand
    EventLensCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> inputs = parent.existing(paths, spec.commandLine());
        LintConfig lintConfig;
        try {
            lintConfig =
                    LintConfigs.find(config == null ? null : parent.workingDir().resolve(config), inputs);
        } catch (LintConfigException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        LoadOptions options = roots.apply(CliLimits.loadOptions(), parent.workingDir(), inputs, spec.commandLine());
        LintRun run = new Linter(lintConfig, options).lint(inputs);
        if (run.documents() == 0 && run.inputErrors().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no AsyncAPI document found in " + paths);
        }
        write(run);
        if (!run.inputErrors().isEmpty()) {
            // the documents that loaded are still reported; the ones that did not make it an input error
            PrintWriter err = spec.commandLine().getErr();
            run.inputErrors().forEach(err::println);
            err.println(run.inputErrors().size() + " document problem(s) above kept documents from being linted;"
                    + " fix them (see 'eventlens validate')");
            err.flush();
            return 2;
        }
        return run.failed() ? 1 : 0;
    }

    private void write(LintRun run) {
        // documents that did not load fail every format too, as the exit code (2) does
        var violations = Stream.concat(
                        run.findings().stream().map(LintConfigs::violation),
                        run.inputErrors().stream()
                                .map(p ->
                                        Violation.inputError(p.file(), p.line(), p.column(), p.pointer(), p.message())))
                .toList();
        if (output == null) {
            Reports.write(
                    format, "eventlens lint", violations, spec.commandLine().getOut());
            return;
        }
        try (Writer out = Files.newBufferedWriter(parent.workingDir().resolve(output), StandardCharsets.UTF_8)) {
            Reports.write(format, "eventlens lint", violations, out);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "cannot write --output " + output + ": " + e.getMessage());
        }
    }

    /** {@code text}, {@code json}, {@code sarif} or {@code junit}; anything else names the allowed values. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
