package io.eventlens.catalog.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Reads the {@code asyncapi} field and decides which model the document binds to. */
final class VersionCheck {

    static final List<String> SUPPORTED =
            List.of("2.0.0", "2.1.0", "2.2.0", "2.3.0", "2.4.0", "2.5.0", "2.6.0", "3.0.0");
    static final String ALLOWED = String.join(", ", SUPPORTED) + ", 3.1.x (read as 3.0.0)";

    /** The version read and, for 3.1.x, the warning that it is read as 3.0. */
    record Result(String version, SpecVersion model, String warning) {}

    private VersionCheck() {}

    static Result check(SourceFile source, JsonNode tree) throws DocumentException {
        if (!tree.isObject()) {
            throw new DocumentException(
                    source,
                    new Position(1, 1),
                    "",
                    "not an AsyncAPI document: the top level is " + JsonText.kind(tree)
                            + "; expected a map with an 'asyncapi' field (allowed versions: " + ALLOWED + ")");
        }
        JsonNode field = tree.get("asyncapi");
        if (field == null) {
            throw new DocumentException(
                    source,
                    new Position(1, 1),
                    "",
                    "not an AsyncAPI document: no top-level 'asyncapi' field (allowed versions: " + ALLOWED + ")");
        }
        if (!field.isTextual()) {
            throw DocumentException.at(
                    source,
                    "/asyncapi",
                    "'asyncapi' must be a version string such as \"3.0.0\"; found " + JsonText.found(field)
                            + " (allowed: " + ALLOWED + ")");
        }
        String version = field.asText();
        if (SUPPORTED.contains(version)) {
            return new Result(version, version.startsWith("3.") ? SpecVersion.V3 : SpecVersion.V2, null);
        }
        if (version.matches("3\\.1\\.\\d+")) {
            return new Result(
                    version,
                    SpecVersion.V3,
                    "AsyncAPI " + version
                            + " is read through the 3.0.0 model; fields new in 3.1 are kept but not interpreted");
        }
        throw DocumentException.at(
                source, "/asyncapi", "unsupported AsyncAPI version '" + version + "'; allowed: " + ALLOWED);
    }
}
