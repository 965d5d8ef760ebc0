package io.eventlens.lint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code {"tool", "passed", "errors", "warnings", "infos", "violations":[{ruleId, severity, file, line, column,
 * pointer, message}]}}.
 */
final class JsonWriter {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonWriter() {}

    static void write(String toolCommand, List<Violation> violations, Writer out) throws IOException {
        ObjectNode report = JSON.createObjectNode()
                .put("tool", toolCommand)
                .put("passed", violations.stream().noneMatch(Violation::failing));
        report.put("errors", count(violations, Severity.ERROR))
                .put("warnings", count(violations, Severity.WARN))
                .put("infos", count(violations, Severity.INFO));
        ArrayNode list = report.putArray("violations");
        for (Violation v : violations) {
            list.addObject()
                    .put("ruleId", v.ruleId())
                    .put("severity", v.severity().label())
                    .put("file", v.file())
                    .put("line", v.line())
                    .put("column", v.column())
                    .put("pointer", v.pointer())
                    .put("message", v.message());
        }
        out.write(JSON.writeValueAsString(report) + System.lineSeparator());
    }

    private static long count(List<Violation> violations, Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).count();
    }
}
