package io.eventlens.lint.cli;

import io.eventlens.catalog.load.LoadOptions;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.lint.validate.DocumentVerdict;
import io.eventlens.lint.validate.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eventlens validate FILE_OR_FOLDER...}: loads and validates every AsyncAPI document given. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validates AsyncAPI documents (2.0-2.6, 3.0; 3.1 as 3.0) against the official JSON Schema"
                    + " of their version and the semantic rules; folders are searched for documents.",
            "Exit: 0 all valid, 1 a document is invalid, 2 usage or input error (a document over a limit included)."
        })
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "AsyncAPI files or folders of them")
    List<Path> paths;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (file:line:column: message) or json; default: ${DEFAULT-VALUE}")
    OutputFormat format;

    @Option(
            names = "--allow-remote",
            paramLabel = "URL_PREFIX",
            description = "let remote $refs fetch from URLs starting with this prefix (repeatable); default: none")
    List<String> remotePrefixes = List.of();

    @CommandLine.Mixin
    RootOption roots;

    @CommandLine.ParentCommand
    EventLensCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> inputs = parent.existing(paths, spec.commandLine());
        LoadOptions options = roots.apply(
                CliLimits.loadOptions().withRemoteAllowList(remotePrefixes),
                parent.workingDir(),
                inputs,
                spec.commandLine());
        List<DocumentVerdict> verdicts = new Validation(options).validate(inputs);
        if (verdicts.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "no AsyncAPI document found in " + paths
                            + " (a document is a .yaml, .yml or .json file with a top-level 'asyncapi' field)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            JsonReport.print(verdicts, out);
        } else {
            TextReport.print(verdicts, out);
        }
        out.flush();
        // a document refused by a limit is an input the command could not judge (2), not an invalid one (1)
        boolean refused = verdicts.stream().flatMap(v -> v.problems().stream()).anyMatch(LoadProblem::exceedsLimit);
        return refused ? 2 : verdicts.stream().allMatch(DocumentVerdict::valid) ? 0 : 1;
    }
}
