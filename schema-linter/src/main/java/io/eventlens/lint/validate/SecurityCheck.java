package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.catalog.document.JsonPointers;
import io.eventlens.catalog.load.LoadProblem;
import io.eventlens.catalog.load.LoadedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Security requirements of 2.x servers and operations: each names a scheme declared in
 * {@code components.securitySchemes}, and only OAuth2 and OpenID Connect schemes take scopes
 * (the others' list must be empty).
 */
final class SecurityCheck {

    private static final Set<String> WITH_SCOPES = Set.of("oauth2", "openIdConnect");

    private SecurityCheck() {}

    static List<LoadProblem> check(LoadedDocument document, JsonNode resolved) {
        List<LoadProblem> problems = new ArrayList<>();
        if (!document.version().startsWith("2.")) {
            return problems;
        }
        JsonNode schemes = resolved.path("components").path("securitySchemes");
        resolved.path("servers")
                .fields()
                .forEachRemaining(server -> requirements(
                        document,
                        schemes,
                        server.getValue().path("security"),
                        JsonPointers.child("/servers", server.getKey(), "security"),
                        problems));
        resolved.path("channels").fields().forEachRemaining(channel -> {
            for (String verb : List.of("publish", "subscribe")) {
                requirements(
                        document,
                        schemes,
                        channel.getValue().path(verb).path("security"),
                        JsonPointers.child("/channels", channel.getKey(), verb, "security"),
                        problems);
            }
        });
        return problems;
    }

    private static void requirements(
            LoadedDocument document, JsonNode schemes, JsonNode security, String pointer, List<LoadProblem> problems) {
        for (int i = 0; i < security.size(); i++) {
            String at = pointer + "/" + i;
            security.get(i).fields().forEachRemaining(requirement -> {
                String name = requirement.getKey();
                String where = JsonPointers.child(at, name);
                JsonNode scheme = schemes.get(name);
                if (scheme == null) {
                    problems.add(document.problemAt(
                            where,
                            "security requirement names scheme '" + name
                                    + "', which components.securitySchemes does not declare",
                            LoadProblem.Severity.ERROR));
                } else if (!WITH_SCOPES.contains(scheme.path("type").asText())
                        && !requirement.getValue().isEmpty()) {
                    problems.add(document.problemAt(
                            where,
                            "security scheme '" + name + "' of type '"
                                    + scheme.path("type").asText() + "' takes no scopes; its list must be empty"
                                    + " (only oauth2 and openIdConnect take scopes)",
                            LoadProblem.Severity.ERROR));
                }
            });
        }
    }
}
