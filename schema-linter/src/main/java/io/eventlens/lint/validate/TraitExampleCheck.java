package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.DocumentMessages;
import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.document.Located;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A message trait's examples become the examples of the messages it is applied to, so each must be
 * a message example: only {@code headers} (an object) and {@code payload}. The 2.1+ schemas say so;
 * the 2.0.0 schema leaves trait examples open, so 2.0.0 documents are checked here.
 */
final class TraitExampleCheck {

    private static final Set<String> EXAMPLE_FIELDS = Set.of("headers", "payload");

    private TraitExampleCheck() {}

    static List<LoadProblem> check(LoadedDocument document) {
        List<LoadProblem> problems = new ArrayList<>();
        if (!document.version().equals("2.0.0")) {
            return problems;
        }
        JsonNode tree = document.tree();
        for (Located trait : traits(tree)) {
            Located examples = trait.child(tree, "examples");
            for (int i = 0;
                    examples != null
                            && examples.node().isArray()
                            && i < examples.node().size();
                    i++) {
                Located example = Located.follow(tree, examples.node().get(i), examples.pointer() + "/" + i);
                if (example != null && example.node().isObject()) {
                    fields(document, example, problems);
                }
            }
        }
        return problems;
    }

    private static void fields(LoadedDocument document, Located example, List<LoadProblem> problems) {
        example.node().fields().forEachRemaining(field -> {
            String at = JsonPointers.child(example.pointer(), field.getKey());
            if (!EXAMPLE_FIELDS.contains(field.getKey())) {
                problems.add(document.problemAt(
                        at,
                        "message trait example has field '" + field.getKey()
                                + "'; a message example has only 'headers' and 'payload'",
                        LoadProblem.Severity.ERROR));
            } else if (field.getKey().equals("headers") && !field.getValue().isObject()) {
                problems.add(document.problemAt(
                        at,
                        "headers of a message trait example must be an object; found " + field.getValue(),
                        LoadProblem.Severity.ERROR));
            }
        });
    }

    /** Every message trait once: those in {@code components.messageTraits} and those each message lists. */
    private static List<Located> traits(JsonNode tree) {
        Map<String, Located> found = new LinkedHashMap<>();
        Located root = new Located(tree, "");
        Located components = root.child(tree, "components");
        Located declared = components == null ? null : components.child(tree, "messageTraits");
        if (declared != null && declared.node().isObject()) {
            declared.node().fieldNames().forEachRemaining(name -> add(declared.child(tree, name), found));
        }
        for (Located message : DocumentMessages.of(tree)) {
            Located listed = message.child(tree, "traits");
            for (int i = 0;
                    listed != null
                            && listed.node().isArray()
                            && i < listed.node().size();
                    i++) {
                add(Located.follow(tree, listed.node().get(i), listed.pointer() + "/" + i), found);
            }
        }
        return new ArrayList<>(found.values());
    }

    private static void add(Located trait, Map<String, Located> found) {
        if (trait != null && trait.node().isObject()) {
            found.putIfAbsent(trait.pointer(), trait);
        }
    }
}
