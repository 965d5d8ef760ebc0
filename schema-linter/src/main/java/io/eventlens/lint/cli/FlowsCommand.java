package io.eventlens.lint.cli;

import io.eventlens.catalog.CatalogLoad;
import io.eventlens.catalog.CatalogLoader;
import io.eventlens.flow.export.ExportFormat;
import io.eventlens.flow.export.FlowExports;
import io.eventlens.flow.graph.CatalogGraph;
import io.eventlens.flow.graph.FlowAnalyses;
import io.eventlens.flow.graph.FlowReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eventlens flows FILE_OR_FOLDER... --format dot|mermaid|json|svg [--output FILE]}: the producer
 * and consumer graph of the documents, with its findings (ADR 0014: why the CLI uses flow-visualizer).
 */
@Command(
        name = "flows",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the producer/consumer graph of AsyncAPI documents (service -> channel -> service) with"
                    + " its findings, as JSON, Graphviz DOT, Mermaid or SVG.",
            "Exit: 0 written, 1 findings with --fail-on-findings, 2 usage or input error (a document that"
                    + " does not load: nothing is written)."
        })
final class FlowsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "AsyncAPI files or folders of them")
    List<Path> paths;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "json",
            converter = FormatConverter.class,
            description = "json, dot, mermaid or svg; default: ${DEFAULT-VALUE}")
    ExportFormat format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "write to FILE instead of standard output")
    Path output;

    @Option(
            names = "--fan-out",
            paramLabel = "N",
            defaultValue = "" + FlowAnalyses.DEFAULT_FAN_OUT,
            description = "report services that reach N or more other services; default: ${DEFAULT-VALUE}")
    int fanOut;

    @Option(names = "--fail-on-findings", description = "exit 1 when an analysis finds something")
    boolean failOnFindings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine line = spec.commandLine();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(line, "no such file or folder: " + path);
            }
        }
        if (fanOut < 1) {
            throw new CommandLine.ParameterException(
                    line, "--fan-out " + fanOut + " is not allowed: it must be 1 or more");
        }
        CatalogLoad load = new CatalogLoader(CliLimits.loadOptions()).load(paths);
        if (load.documents().isEmpty()) {
            throw new CommandLine.ParameterException(
                    line,
                    "no AsyncAPI document found in " + paths
                            + " (a document is a .yaml, .yml or .json file with a top-level 'asyncapi' field)");
        }
        if (!load.failed().isEmpty()) {
            line.getErr().println("flows: " + load.failed().size() + " document(s) did not load; nothing written:");
            load.problems().stream()
                    .filter(p -> p.isError())
                    .forEach(p -> line.getErr().println(p));
            return 2;
        }
        FlowReport report = FlowReport.of(CatalogGraph.of(load.catalog()), new FlowAnalyses(fanOut));
        String text = FlowExports.write(report, format);
        try {
            if (output == null) {
                line.getOut().print(text);
                line.getOut().flush();
            } else {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(output, text, StandardCharsets.UTF_8);
            }
        } catch (IOException | UncheckedIOException e) {
            line.getErr().println("flows: cannot write to " + output + ": " + e.getMessage());
            return 2;
        }
        return failOnFindings && !report.findings().isEmpty() ? 1 : 0;
    }

    static final class FormatConverter extends GateOptions.Parsing<ExportFormat> {
        @Override
        ExportFormat parse(String value) {
            return ExportFormat.parse(value);
        }
    }
}
