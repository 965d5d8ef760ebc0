package io.eventlens.lint.cli;

import io.eventlens.catalog.load.LoadOptions;
import io.eventlens.lint.compat.CompatibilityChecker;
import io.eventlens.lint.diff.DocumentChange;
import io.eventlens.lint.diff.DocumentDiff;
import io.eventlens.lint.diff.DocumentSide;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code eventlens diff OLD NEW}: every change between two AsyncAPI documents, breaking or not. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Compares two AsyncAPI documents (2.x or 3.0, in any mix): channels, operations and messages"
                    + " added, removed or renamed, binding changes (Kafka topic, key), "
                    + "payloads and headers under the mode"
                    + " and policy. Parser noise (x-parser-*) is ignored; info.version edits are not breaking.",
            "Exit: 0 no breaking change, 1 a breaking change, 2 usage or input error."
        })
final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "the AsyncAPI document as it was")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "the AsyncAPI document as it is now")
    Path newFile;

    @CommandLine.Mixin
    GateOptions gate;

    @CommandLine.Mixin
    RootOption roots;

    @CommandLine.ParentCommand
    EventLensCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<DocumentSide> sides;
        try {
            List<Path> inputs = List.of(oldFile, newFile).stream()
                    .map(parent.workingDir()::resolve)
                    .toList();
            LoadOptions options = roots.apply(CliLimits.loadOptions(), parent.workingDir(), inputs, spec.commandLine());
            sides = AsyncApiFiles.load(inputs, options);
        } catch (InputError e) {
            spec.commandLine().getErr().println("eventlens diff: " + e.getMessage());
            return 2;
        }
        CompatibilityChecker checker = new CompatibilityChecker(gate.policy).limitedBy(CliLimits.limits());
        List<DocumentChange> changes = new DocumentDiff(
                        gate.mode, gate.draft == null ? checker : checker.assuming(gate.draft))
                .diff(sides.get(0), sides.get(1));
        return gate.report(
                "eventlens diff",
                AsyncApiFiles.violations(changes),
                AsyncApiFiles.exitCode(changes),
                spec.commandLine());
    }
}
