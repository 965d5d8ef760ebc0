package io.eventlens.lint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SARIF 2.1.0: one run, the rule ids seen as {@code tool.driver.rules}, one result per violation. */
final class SarifWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifWriter() {}

    static void write(String toolCommand, List<Violation> violations, Writer out) throws IOException {
        ObjectNode log =
                JsonWriter.JSON.createObjectNode().put("$schema", SCHEMA).put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool")
                .putObject("driver")
                .put("name", "EventLens")
                .put("version", "0.1.0")
                .put("informationUri", "https://github.com/eventlens/eventlens");
        Map<String, Integer> ruleIndex = rules(violations, driver.putArray("rules"));
        run.putArray("invocations")
                .addObject()
                .put("commandLine", toolCommand)
                .put("executionSuccessful", violations.stream().noneMatch(Violation::inputError));
        ArrayNode results = run.putArray("results");
        for (Violation v : violations) {
            results.add(result(v, ruleIndex.get(v.ruleId())));
        }
        out.write(JsonWriter.JSON.writeValueAsString(log) + System.lineSeparator());
    }

    private static Map<String, Integer> rules(List<Violation> violations, ArrayNode rules) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Violation v : violations) {
            if (!index.containsKey(v.ruleId())) {
                index.put(v.ruleId(), index.size());
                rules.addObject()
                        .put("id", v.ruleId())
                        .putObject("defaultConfiguration")
                        .put("level", level(v.severity()));
            }
        }
        return index;
    }

    private static ObjectNode result(Violation v, int ruleIndex) {
        ObjectNode result = JsonWriter.JSON
                .createObjectNode()
                .put("ruleId", v.ruleId())
                .put("ruleIndex", ruleIndex)
                .put("level", level(v.severity()));
        result.putObject("message").put("text", v.message());
        ObjectNode location = result.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(v.file()));
        if (v.line() > 0) {
            ObjectNode region = physical.putObject("region").put("startLine", v.line());
            if (v.column() > 0) {
                region.put("startColumn", v.column());
            }
        }
        if (!v.pointer().isEmpty()) {
            location.putArray("logicalLocations")
                    .addObject()
                    .put("fullyQualifiedName", v.pointer())
                    .put("kind", "element");
        }
        return result;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARN -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative URI reference with forward slashes, spaces and other reserved characters escaped. */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            List<String> parts = new ArrayList<>(List.of(path.split("/", -1)));
            parts.replaceAll(p -> URLEncoder.encode(p, StandardCharsets.UTF_8).replace("+", "%20"));
            return String.join("/", parts);
        }
    }
}
