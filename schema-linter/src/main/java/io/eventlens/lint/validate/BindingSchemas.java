package io.eventlens.lint.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;

/**
 * Protocol binding schemas of {@code @asyncapi/specs} ({@code bindings/<protocol>/<version>/}).
 * The 2.x document schemas do not check bindings, so 2.x documents have their bindings checked
 * here, against the schema of exactly the declared {@code bindingVersion}. A binding without a
 * version, or of a version the package has no schema for, is not checked (newer schemas reject
 * fields that older versions allowed).
 */
final class BindingSchemas {

    private static final String PREFIX = "http://asyncapi.com/bindings/";
    private static final JsonNode DEFINITIONS = definitions();
    private static final Map<String, Optional<Schema>> CACHE = new ConcurrentHashMap<>();

    private BindingSchemas() {
    }

    /** The schema for a protocol's binding of a kind (server, channel, operation, message), if known. */
    static Optional<Schema> forBinding(String protocol, String kind, String version) {
        String id = idFor(protocol, kind, version);
        return id == null ? Optional.empty() : CACHE.computeIfAbsent(id, BindingSchemas::compile);
    }

    /** The schema id for this binding, or null when none is shipped for exactly this version. */
    static String idFor(String protocol, String kind, String version) {
        String name = protocol.equals("ws") ? "websockets" : protocol;
        String id = PREFIX + name + "/" + version + "/" + kind + ".json";
        return version != null && DEFINITIONS.has(id) ? id : null;
    }

    private static Optional<Schema> compile(String id) {
        ObjectNode wrapper = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        wrapper.put("$schema", "http://json-schema.org/draft-07/schema#");
        wrapper.put("$id", "urn:eventlens:binding-check");
        wrapper.put("$ref", id);
        wrapper.set("definitions", DEFINITIONS);
        return Optional.of(OfficialSchemas.payloadSchema(wrapper));
    }

    /** The 3.0.0 bundle's definitions (what binding schemas refer to) plus every shipped binding schema. */
    private static JsonNode definitions() {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream bundle = open("3.0.0.json"); InputStream bindings = open("bindings/bindings.json")) {
            ObjectNode all = ((ObjectNode) mapper.readTree(bundle).get("definitions")).deepCopy();
            all.setAll((ObjectNode) mapper.readTree(bindings));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped AsyncAPI schemas", e);
        }
    }

    private static InputStream open(String file) {
        return BindingSchemas.class.getResourceAsStream("/io/eventlens/lint/validate/asyncapi/" + file);
    }
}
