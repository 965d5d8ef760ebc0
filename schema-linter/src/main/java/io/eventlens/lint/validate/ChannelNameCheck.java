package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.document.Located;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Channel names (2.x keys, 3.x addresses) carry no query, and channel parameter names match
 * {@code ^[A-Za-z0-9_\-]+$}: the specification says so, the official schemas do not check it.
 */
final class ChannelNameCheck {

    private static final Pattern PARAMETER = Pattern.compile("^[A-Za-z0-9_\\-]+$");

    private ChannelNameCheck() {}

    static List<LoadProblem> check(LoadedDocument document) {
        List<LoadProblem> problems = new ArrayList<>();
        boolean v3 = document.version().startsWith("3.");
        for (Channel channel : channels(document.tree(), v3)) {
            JsonNode address = channel.value().node().path("address");
            if (!v3) {
                query(document, "name", channel.name(), channel.keyPointer(), problems);
            } else if (address.isTextual()) {
                query(document, "address", address.asText(), channel.value().pointer() + "/address", problems);
            }
            parameters(document, channel.value(), problems);
        }
        return problems;
    }

    /** A channel: its key, where the key is, and its value (a {@code $ref} followed). */
    private record Channel(String name, String keyPointer, Located value) {}

    /** Every channel value once: those under {@code channels} and, in 3.x, under {@code components.channels}. */
    private static List<Channel> channels(JsonNode tree, boolean v3) {
        Map<String, Channel> byValue = new LinkedHashMap<>();
        Located root = new Located(tree, "");
        Located components = root.child(tree, "components");
        List<Located> maps = new ArrayList<>();
        maps.add(root.child(tree, "channels"));
        maps.add(v3 && components != null ? components.child(tree, "channels") : null);
        for (Located map : maps) {
            if (map == null || !map.node().isObject()) {
                continue;
            }
            map.node().fieldNames().forEachRemaining(name -> {
                Located value = map.child(tree, name);
                if (value != null && value.node().isObject()) {
                    byValue.putIfAbsent(
                            value.pointer(), new Channel(name, JsonPointers.child(map.pointer(), name), value));
                }
            });
        }
        return new ArrayList<>(byValue.values());
    }

    private static void query(
            LoadedDocument document, String what, String name, String pointer, List<LoadProblem> problems) {
        int query = name.indexOf('?');
        if (query >= 0) {
            problems.add(document.problemAt(
                    pointer,
                    "channel " + what + " '" + name + "' has a query part '"
                            + name.substring(query) + "'; a channel " + what + " must not contain query parameters"
                            + " (describe them with bindings)",
                    LoadProblem.Severity.ERROR));
        }
    }

    private static void parameters(LoadedDocument document, Located channel, List<LoadProblem> problems) {
        Located parameters = channel.child(document.tree(), "parameters");
        if (parameters == null || !parameters.node().isObject()) {
            return;
        }
        parameters.node().fieldNames().forEachRemaining(name -> {
            if (!PARAMETER.matcher(name).matches()) {
                problems.add(document.problemAt(
                        JsonPointers.child(parameters.pointer(), name),
                        "parameter name '" + name
                                + "' has characters that are not allowed; allowed: letters, digits, '_' and '-'",
                        LoadProblem.Severity.ERROR));
            }
        });
    }
}
