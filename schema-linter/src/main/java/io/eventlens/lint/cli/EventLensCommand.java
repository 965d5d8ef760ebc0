package io.eventlens.lint.cli;

import io.eventlens.catalog.load.LimitExceededException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** What relative inputs resolve against: the process's working directory, or one a test gives. */
    private final Path workingDir;

    private EventLensCommand(Path workingDir) {
        this.workingDir = workingDir;
    }

    /** The inputs as the user meant them (relative to the working directory); each must exist. */
    List<Path> existing(List<Path> paths, CommandLine line) {
        List<Path> inputs = paths.stream().map(workingDir::resolve).toList();
        for (int i = 0; i < inputs.size(); i++) {
            if (!Files.exists(inputs.get(i))) {
                throw new CommandLine.ParameterException(line, "no such file or folder: " + paths.get(i));
            }
        }
        return inputs;
    }

    Path workingDir() {
        return workingDir;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a command is required, e.g. 'validate FILE_OR_FOLDER...'");
    }

    /** The command line with exit codes of the house: 2 for usage errors, 1 for findings. */
    static CommandLine commandLine() {
        return commandLine(Path.of(""));
    }

    /** The command line run as if started in {@code workingDir}. */
    static CommandLine commandLine(Path workingDir) {
        CommandLine line = new CommandLine(new EventLensCommand(workingDir));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        // input the commands refuse as it is being worked on: its message on stderr and exit 2, never a stack trace
        line.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof LimitExceededException || e instanceof InputError) {
                command.getErr().println("eventlens " + command.getCommandName() + ": " + e.getMessage());
                command.getErr().flush();
                return 2;
            }
            throw e;
        });
        return line;
    }
}
