package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Protocol binding schemas of {@code @asyncapi/specs} ({@code bindings/<protocol>/<version>/}),
 * plus EventLens's own schemas for the few binding versions the package has none for
 * ({@code bindings/eventlens-bindings.json}: AMQP 0.1.0, WebSockets 1.1.1).
 * The 2.x document schemas do not check bindings, so 2.x documents have their bindings checked
 * here, against the schema of exactly the declared {@code bindingVersion}. A binding without a
 * version, or of a version no schema is known for, is not checked (newer schemas reject fields
 * that older versions allowed).
 */
final class BindingSchemas {

    private static final String OFFICIAL = "http://asyncapi.com/bindings/";
    private static final String OWN = "urn:eventlens:bindings/";
    private static final JsonNode DEFINITIONS = definitions();
    private static final Map<String, Optional<Schema>> CACHE = new ConcurrentHashMap<>();

    private BindingSchemas() {}

    /** The schema for a protocol's binding of a kind (server, channel, operation, message), if known. */
    static Optional<Schema> forBinding(String protocol, String kind, String version) {
        String id = idFor(protocol, kind, version);
        return id == null ? Optional.empty() : CACHE.computeIfAbsent(id, BindingSchemas::compile);
    }

    /**
     * The schema id for this binding (the package's, else our own), or null when none is known for exactly this
     * version.
     */
    static String idFor(String protocol, String kind, String version) {
        if (version == null) {
            return null;
        }
        String path = (protocol.equals("ws") ? "websockets" : protocol) + "/" + version + "/" + kind + ".json";
        return DEFINITIONS.has(OFFICIAL + path) ? OFFICIAL + path : DEFINITIONS.has(OWN + path) ? OWN + path : null;
    }

    private static Optional<Schema> compile(String id) {
        ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
        wrapper.put("$schema", "http://json-schema.org/draft-07/schema#");
        wrapper.put("$id", "urn:eventlens:binding-check");
        wrapper.put("$ref", id);
        wrapper.set("definitions", DEFINITIONS);
        return Optional.of(OfficialSchemas.payloadSchema(wrapper));
    }

    /** The 3.0.0 bundle's definitions (what binding schemas refer to), every shipped binding schema and our own. */
    private static JsonNode definitions() {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream bundle = open("3.0.0.json");
                InputStream bindings = open("bindings/bindings.json");
                InputStream own = open("bindings/eventlens-bindings.json")) {
            ObjectNode all = ((ObjectNode) mapper.readTree(bundle).get("definitions")).deepCopy();
            all.setAll((ObjectNode) mapper.readTree(bindings));
            all.setAll((ObjectNode) mapper.readTree(own));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped AsyncAPI schemas", e);
        }
    }

    private static InputStream open(String file) {
        return BindingSchemas.class.getResourceAsStream("/io/eventlens/lint/validate/asyncapi/" + file);
    }
}
