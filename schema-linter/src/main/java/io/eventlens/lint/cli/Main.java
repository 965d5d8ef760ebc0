package io.eventlens.lint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** {@code java -jar eventlens.jar COMMAND ...}: exit 0 pass, 1 problems found, 2 usage or input error. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(EventLensCommand.commandLine().execute(args));
    }

    /**
     * Runs one command in this process, as {@code main} would, writing its report to {@code out} and its errors to
     * {@code err} (for tools and tests that hold the CLI to the same answer as another entry point).
     *
     * @return the exit code {@code main} would exit with
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = EventLensCommand.commandLine();
        line.setOut(out);
        line.setErr(err);
        return line.execute(args);
    }
}
