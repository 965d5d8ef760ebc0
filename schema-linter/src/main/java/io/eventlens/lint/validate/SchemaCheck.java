package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import io.eventlens.lint.payload.PayloadValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a bundled document against the official schema of its version. The validator reports
 * every failed branch of a {@code oneOf}; only the deepest problems per place are kept, since
 * they say what is wrong most precisely.
 */
final class SchemaCheck {

    static final int MAX_PROBLEMS = 20;

    private SchemaCheck() {}

    static List<LoadProblem> check(LoadedDocument document) {
        JsonNode resolved =
                Dereferencer.resolve(document.tree(), document.version().startsWith("3."));
        List<Error> errors = OfficialSchemas.forVersion(document.version()).validate(resolved);
        Map<String, String> byPointer = new LinkedHashMap<>();
        for (Error error : errors) {
            String pointer = PayloadValidator.pointer(error.getInstanceLocation());
            byPointer.putIfAbsent(
                    pointer, "does not match the AsyncAPI " + document.version() + " schema: " + message(error));
        }
        List<String> deepest = byPointer.keySet().stream()
                .filter(p -> byPointer.keySet().stream().noneMatch(other -> other.startsWith(p + "/")))
                .limit(MAX_PROBLEMS)
                .toList();
        List<LoadProblem> problems = new ArrayList<>();
        for (String pointer : deepest) {
            problems.add(document.problemAt(pointer, byPointer.get(pointer), LoadProblem.Severity.ERROR));
        }
        problems.addAll(BindingCheck.check(document, resolved));
        problems.addAll(SecurityCheck.check(document, resolved));
        problems.addAll(ServerVariableCheck.check(document, resolved));
        return problems;
    }

    /** networknt prefixes messages with the instance path; the problem already carries it. */
    private static String message(Error error) {
        String text = error.getMessage();
        int colon = text.indexOf(": ");
        return text.startsWith("/") || text.startsWith("$") ? (colon > 0 ? text.substring(colon + 2) : text) : text;
    }
}
