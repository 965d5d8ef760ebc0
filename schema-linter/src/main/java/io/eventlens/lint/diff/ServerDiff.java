package io.eventlens.lint.diff;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.JsonPointers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Servers matched by name: where clients connect (host or url, protocol and its version). */
final class ServerDiff {

    private static final String[] WHERE = {"host", "url", "pathname", "protocol", "protocolVersion"};

    private ServerDiff() {}

    static List<DocumentChange> diff(DocumentSide before, DocumentSide after) {
        List<DocumentChange> changes = new ArrayList<>();
        JsonNode old = before.tree().path("servers");
        JsonNode updated = after.tree().path("servers");
        for (Iterator<Map.Entry<String, JsonNode>> it = old.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> server = it.next();
            String at = "/servers/" + JsonPointers.escape(server.getKey());
            JsonNode now = updated.get(server.getKey());
            if (now == null) {
                changes.add(before.change(
                        ChangeType.SERVER_REMOVED,
                        at,
                        "server '" + server.getKey()
                                + "' was removed: clients configured for it have nowhere to connect"));
                continue;
            }
            for (String field : WHERE) {
                JsonNode was = server.getValue().path(field);
                JsonNode is = now.path(field);
                if (!was.equals(is)) {
                    changes.add(after.change(
                            ChangeType.SERVER_CHANGED,
                            is.isMissingNode() ? at : at + "/" + field,
                            "the " + field + " of server '" + server.getKey() + "' changed from " + text(was) + " to "
                                    + text(is) + ": clients configured for the old one no longer reach it"));
                }
            }
            changes.addAll(variables(after, server.getKey(), server.getValue(), now));
        }
        updated.fieldNames().forEachRemaining(name -> {
            if (!old.has(name)) {
                changes.add(after.change(
                        ChangeType.SERVER_ADDED,
                        "/servers/" + JsonPointers.escape(name),
                        "server '" + name + "' was added"));
            }
        });
        return changes;
    }

    /** A variable's default is part of the address a client builds when it sets nothing itself. */
    private static List<DocumentChange> variables(DocumentSide after, String name, JsonNode old, JsonNode now) {
        List<DocumentChange> changes = new ArrayList<>();
        String at = "/servers/" + JsonPointers.escape(name) + "/variables/";
        for (Iterator<Map.Entry<String, JsonNode>> it = old.path("variables").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            JsonNode was = variable.getValue().path("default");
            JsonNode is = now.path("variables").path(variable.getKey()).path("default");
            if (!was.isMissingNode() && !was.equals(is)) {
                String pointer = is.isMissingNode()
                        ? "/servers/" + JsonPointers.escape(name)
                        : at + JsonPointers.escape(variable.getKey()) + "/default";
                changes.add(after.change(
                        ChangeType.SERVER_CHANGED,
                        pointer,
                        "the default of variable '"
                                + variable.getKey() + "' of server '" + name + "' changed from " + text(was) + " to "
                                + text(is) + ": clients that rely on the default connect elsewhere"));
            }
        }
        return changes;
    }

    private static String text(JsonNode value) {
        return value.isMissingNode() ? "(none)" : "'" + value.asText() + "'";
    }
}
