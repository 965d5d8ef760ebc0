package io.eventlens.lint.cli;

/** {@code java -jar eventlens.jar COMMAND ...}: exit 0 pass, 1 problems found, 2 usage or input error. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(EventLensCommand.commandLine().execute(args));
    }
}
