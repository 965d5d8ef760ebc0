package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import io.eventlens.lint.payload.PayloadValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks each protocol binding of a 2.x document against its binding schema (see {@link BindingSchemas})
 * and the binding-specification rules those schemas leave out (see {@link BindingFieldCheck}).
 */
final class BindingCheck {

    /** Where binding maps sit in a resolved 2.x document, and which kind of binding each holds. */
    private static final Map<Pattern, String> PLACES = Map.of(
            Pattern.compile("^(/components)?/servers/[^/]+/bindings$|^/components/serverBindings/[^/]+$"), "server",
            Pattern.compile("^/channels/[^/]+/bindings$|^/components/channelBindings/[^/]+$"), "channel",
            Pattern.compile("^/channels/[^/]+/(publish|subscribe)/bindings$|^/components/operationBindings/[^/]+$"
                            + "|^/components/operationTraits/[^/]+/bindings$"),
                    "operation",
            Pattern.compile("^/channels/[^/]+/(publish|subscribe)/message(/oneOf/\\d+)?/bindings$"
                            + "|^/components/messages/[^/]+/bindings$|^/components/messageBindings/[^/]+$"
                            + "|^/components/messageTraits/[^/]+/bindings$"),
                    "message");

    private BindingCheck() {}

    static List<LoadProblem> check(LoadedDocument document, JsonNode resolved) {
        List<LoadProblem> problems = new ArrayList<>();
        if (document.version().startsWith("2.")) {
            walk(document, resolved, "", problems, 0);
        }
        return problems;
    }

    private static void walk(
            LoadedDocument document, JsonNode node, String pointer, List<LoadProblem> problems, int depth) {
        if (!node.isObject() || depth > 8) {
            return;
        }
        String kind = kindAt(pointer);
        if (kind != null) {
            node.fields()
                    .forEachRemaining(e ->
                            checkOne(document, e.getKey(), e.getValue(), kind, pointer + "/" + e.getKey(), problems));
            return;
        }
        node.fields()
                .forEachRemaining(e ->
                        walk(document, e.getValue(), JsonPointers.child(pointer, e.getKey()), problems, depth + 1));
    }

    private static String kindAt(String pointer) {
        return PLACES.entrySet().stream()
                .filter(e -> e.getKey().matcher(pointer).matches())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static void checkOne(
            LoadedDocument document,
            String protocol,
            JsonNode binding,
            String kind,
            String pointer,
            List<LoadProblem> problems) {
        if (protocol.startsWith("x-") || !binding.isObject()) {
            return;
        }
        JsonNode declared = binding.get("bindingVersion");
        if (declared != null && !declared.isTextual()) {
            problems.add(document.problemAt(
                    pointer + "/bindingVersion",
                    "bindingVersion of the " + protocol + " " + kind
                            + " binding must be a string such as \"0.1.0\"; found " + declared,
                    LoadProblem.Severity.ERROR));
            return;
        }
        String version = declared == null ? null : declared.asText();
        BindingSchemas.forBinding(protocol, kind, version).ifPresent(schema -> {
            List<Error> errors = schema.validate(binding);
            if (!errors.isEmpty()) {
                Error first = errors.get(0);
                String at = PayloadValidator.pointer(first.getInstanceLocation());
                problems.add(document.problemAt(
                        pointer + at,
                        "does not match the " + protocol + " " + kind
                                + " binding schema (" + BindingSchemas.idFor(protocol, kind, version) + "): "
                                + first.getMessage(),
                        LoadProblem.Severity.ERROR));
            }
        });
        BindingFieldCheck.check(protocol, kind, version, binding)
                .ifPresent(field -> problems.add(
                        document.problemAt(pointer + field.pointer(), field.message(), LoadProblem.Severity.ERROR)));
    }
}
