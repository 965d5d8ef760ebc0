package io.eventlens.lint.cli;

import io.eventlens.lint.validate.DocumentVerdict;
import java.io.PrintWriter;
import java.util.List;

/** One {@code file:line:column: message} line per problem, then a one-line summary. */
final class TextReport {

    private TextReport() {}

    static void print(List<DocumentVerdict> verdicts, PrintWriter out) {
        verdicts.forEach(v -> v.problems().forEach(out::println));
        long invalid = verdicts.stream().filter(v -> !v.valid()).count();
        out.println(verdicts.size() + (verdicts.size() == 1 ? " document" : " documents") + " checked: "
                + (verdicts.size() - invalid) + " valid, " + invalid + " invalid");
    }
}
