package io.eventlens.lint.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.lint.validate.DocumentVerdict;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code {"valid":..., "documents":[{file, valid}], "problems":[{file, line, column, pointer, message, severity}]}}.
 */
final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    static void print(List<DocumentVerdict> verdicts, PrintWriter out) {
        ObjectNode report = JSON.createObjectNode();
        report.put("valid", verdicts.stream().allMatch(DocumentVerdict::valid));
        ArrayNode documents = report.putArray("documents");
        ArrayNode problems = report.putArray("problems");
        for (DocumentVerdict verdict : verdicts) {
            documents.addObject().put("file", verdict.file()).put("valid", verdict.valid());
            verdict.problems().forEach(p -> problems.add(problem(p)));
        }
        try {
            out.println(JSON.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON report", e);
        }
    }

    private static ObjectNode problem(LoadProblem problem) {
        return JSON.createObjectNode()
                .put("file", problem.file())
                .put("line", problem.line())
                .put("column", problem.column())
                .put("pointer", problem.pointer())
                .put("message", problem.message())
                .put("severity", problem.severity().name().toLowerCase(Locale.ROOT));
    }
}
