package io.eventlens.lint.cli;

import io.eventlens.lint.compat.Draft;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import io.eventlens.lint.report.Format;
import io.eventlens.lint.report.Reports;
import io.eventlens.lint.report.Violation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options of the gate commands ({@code compat}, {@code diff}): mode, policy, report format and output file. */
final class GateOptions {

    @Option(
            names = "--mode",
            paramLabel = "MODE",
            defaultValue = "BACKWARD",
            converter = ModeConverter.class,
            description = "BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE or NONE;"
                    + " default: ${DEFAULT-VALUE}")
    Mode mode;

    @Option(
            names = "--policy",
            paramLabel = "POLICY",
            defaultValue = "STRICT",
            converter = PolicyConverter.class,
            description = "STRICT (the registries' rules) or LENIENT; default: ${DEFAULT-VALUE}")
    Policy policy;

    @Option(
            names = "--draft",
            paramLabel = "DRAFT",
            converter = DraftConverter.class,
            description = "the JSON Schema draft of schemas that name none in $schema: draft-04, draft-06, draft-07,"
                    + " 2019-09 or 2020-12, and only its keywords count; default: draft-07, with the keywords later"
                    + " drafts added compared too")
    Draft draft;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = FormatConverter.class,
            description = "text, json, sarif or junit; default: ${DEFAULT-VALUE}")
    Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "write the report to FILE instead of standard output (the exit code stays the same)")
    Path output;

    /**
     * Writes the report where asked and returns {@code exit}: the exit code never depends on the format or the output
     * file, except that an output file that cannot be written is an input error (2).
     */
    int report(String tool, List<Violation> violations, int exit, CommandLine line) {
        try {
            write(tool, violations, line);
            return exit;
        } catch (IOException | UncheckedIOException e) {
            line.getErr().println(tool + ": cannot write the report to " + output + ": " + e.getMessage());
            return 2;
        }
    }

    private void write(String tool, List<Violation> violations, CommandLine line) throws IOException {
        if (output == null) {
            PrintWriter out = line.getOut();
            Reports.write(format, tool, violations, out);
            return;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            Reports.write(format, tool, violations, out);
        }
    }

    /** Turns the parse methods' messages (value, allowed values) into picocli usage errors. */
    abstract static class Parsing<T> implements CommandLine.ITypeConverter<T> {
        abstract T parse(String value);

        @Override
        public T convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatConverter extends Parsing<Format> {
        @Override
        Format parse(String value) {
            return Format.parse(value);
        }
    }

    static final class ModeConverter extends Parsing<Mode> {
        @Override
        Mode parse(String value) {
            return Mode.parse(value);
        }
    }

    static final class DraftConverter extends Parsing<Draft> {
        @Override
        Draft parse(String value) {
            return Draft.parse(value);
        }
    }

    static final class PolicyConverter extends Parsing<Policy> {
        @Override
        Policy parse(String value) {
            return Policy.parse(value);
        }
    }
}
