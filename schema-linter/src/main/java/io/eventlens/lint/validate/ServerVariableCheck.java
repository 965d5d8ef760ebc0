package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import java.util.ArrayList;
import java.util.List;

/** A server variable's examples (and default) must be among its {@code enum} values when it has one. */
final class ServerVariableCheck {

    private ServerVariableCheck() {}

    static List<LoadProblem> check(LoadedDocument document, JsonNode resolved) {
        List<LoadProblem> problems = new ArrayList<>();
        resolved.path("servers")
                .fields()
                .forEachRemaining(server -> server.getValue()
                        .path("variables")
                        .fields()
                        .forEachRemaining(variable -> {
                            JsonNode allowed = variable.getValue().path("enum");
                            if (!allowed.isArray()) {
                                return;
                            }
                            String at = JsonPointers.child("/servers", server.getKey(), "variables", variable.getKey());
                            JsonNode examples = variable.getValue().path("examples");
                            for (int i = 0; i < examples.size(); i++) {
                                outside(
                                        document,
                                        allowed,
                                        examples.get(i),
                                        at + "/examples/" + i,
                                        variable.getKey(),
                                        problems);
                            }
                            if (variable.getValue().has("default")) {
                                outside(
                                        document,
                                        allowed,
                                        variable.getValue().get("default"),
                                        at + "/default",
                                        variable.getKey(),
                                        problems);
                            }
                        }));
        return problems;
    }

    private static void outside(
            LoadedDocument document,
            JsonNode allowed,
            JsonNode value,
            String pointer,
            String name,
            List<LoadProblem> problems) {
        for (JsonNode each : allowed) {
            if (each.equals(value)) {
                return;
            }
        }
        problems.add(document.problemAt(
                pointer,
                "server variable '" + name + "' value " + value + " is not one of its enum values " + allowed,
                LoadProblem.Severity.ERROR));
    }
}
