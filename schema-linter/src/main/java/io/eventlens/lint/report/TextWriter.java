package io.eventlens.lint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code file:line:column: severity ruleId: message} per violation, then one summary line. */
final class TextWriter {

    private TextWriter() {}

    static void write(String toolCommand, List<Violation> violations, Writer out) throws IOException {
        for (Violation v : violations) {
            out.write(v.file() + ":" + v.line() + ":" + v.column() + ": "
                    + v.severity().label() + " " + v.ruleId() + ": " + v.message() + pointer(v)
                    + System.lineSeparator());
        }
        boolean failed = violations.stream().anyMatch(Violation::failing);
        out.write(toolCommand + ": " + (failed ? "FAILED" : "passed") + " (" + Reports.counts(violations) + ")"
                + System.lineSeparator());
    }

    private static String pointer(Violation v) {
        return v.pointer().isEmpty() ? "" : " [" + v.pointer() + "]";
    }
}
