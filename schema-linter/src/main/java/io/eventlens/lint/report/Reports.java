package io.eventlens.lint.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/** Writes the violations of one gate command in one {@link Format}. */
public final class Reports {

    private Reports() {}

    /**
     * Writes {@code violations} to {@code out} (which is flushed, not closed).
     *
     * @param toolCommand the command that found them, e.g. {@code eventlens compat}; names the JUnit suite and the
     * SARIF run
     */
    public static void write(Format format, String toolCommand, List<Violation> violations, Writer out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(toolCommand, "toolCommand");
        List<Violation> all = List.copyOf(violations);
        try {
            switch (format) {
                case TEXT -> TextWriter.write(toolCommand, all, out);
                case JSON -> JsonWriter.write(toolCommand, all, out);
                case SARIF -> SarifWriter.write(toolCommand, all, out);
                case JUNIT -> JunitWriter.write(toolCommand, all, out);
                default ->
                    throw new IllegalArgumentException(
                            "unknown report format " + format + "; allowed: " + Format.allowed());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + format + " report", e);
        }
    }

    /** {@code 1 error, 2 warnings, 0 infos}. */
    static String counts(List<Violation> violations) {
        return count(violations, Severity.ERROR, "error") + ", " + count(violations, Severity.WARN, "warning") + ", "
                + count(violations, Severity.INFO, "info");
    }

    private static String count(List<Violation> violations, Severity severity, String noun) {
        long n = violations.stream().filter(v -> v.severity() == severity).count();
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
