package io.eventlens.lint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command; each subcommand keeps its own options in its own class. */
@Command(
        name = "eventlens",
        mixinStandardHelpOptions = true,
        version = "EventLens 0.1.0",
        description = "Checks AsyncAPI documents for CI.",
        subcommands = {
            ValidateCommand.class,
            LintCommand.class,
            CompatCommand.class,
            DiffCommand.class,
            FlowsCommand.class
        })
final class EventLensCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a command is required, e.g. 'validate FILE_OR_FOLDER...'");
    }

    /** The command line with exit codes of the house: 2 for usage errors, 1 for findings. */
    static CommandLine commandLine() {
        CommandLine line = new CommandLine(new EventLensCommand());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        return line;
    }
}
