package io.eventlens.lint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** One in-process run of the CLI, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return run(EventLensCommand.commandLine(), args);
    }

    /** A run started in {@code workingDir}: relative inputs and the default {@code --root} are taken from there. */
    static CliRun in(Path workingDir, String... args) {
        return run(EventLensCommand.commandLine(workingDir), args);
    }

    private static CliRun run(CommandLine line, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(err));
        int code = line.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
