package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keys of the maps under {@code components} must match {@code ^[a-zA-Z0-9.\-_]+$} (the spec says so; the 2.0 schema
 * does not).
 */
final class ComponentKeyCheck {

    private static final Pattern KEY = Pattern.compile("^[a-zA-Z0-9.\\-_]+$");

    private ComponentKeyCheck() {}

    static List<LoadProblem> check(LoadedDocument document) {
        List<LoadProblem> problems = new ArrayList<>();
        JsonNode components = document.tree().path("components");
        components.fields().forEachRemaining(map -> {
            if (map.getKey().startsWith("x-") || !map.getValue().isObject()) {
                return;
            }
            map.getValue().fieldNames().forEachRemaining(key -> {
                if (!KEY.matcher(key).matches()) {
                    String pointer = JsonPointers.child("/components", map.getKey(), key);
                    problems.add(document.problemAt(
                            pointer,
                            "component name '" + key + "' in components." + map.getKey()
                                    + " has characters that are not allowed; allowed: letters, "
                                    + "digits, '.', '-' and '_'",
                            LoadProblem.Severity.ERROR));
                }
            });
        });
        return problems;
    }
}
