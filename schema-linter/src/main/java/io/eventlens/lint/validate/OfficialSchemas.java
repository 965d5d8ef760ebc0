package io.eventlens.lint.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official AsyncAPI JSON Schemas shipped as resources (from {@code @asyncapi/specs}, see the
 * README beside them), compiled once per version. Nothing is fetched from the network.
 */
final class OfficialSchemas {

    private static final String FOLDER = "/io/eventlens/lint/validate/asyncapi/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_7,
            builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)));
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private OfficialSchemas() {}

    /** The schema file for a document's declared version: 3.1.x uses 3.1.0, the rest their own. */
    static String fileFor(String version) {
        return version.matches("3\\.1\\.\\d+") ? "3.1.0" : version;
    }

    static Schema forVersion(String version) {
        return CACHE.computeIfAbsent(fileFor(version), OfficialSchemas::compile);
    }

    private static Schema compile(String file) {
        try (InputStream in = OfficialSchemas.class.getResourceAsStream(FOLDER + file + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no official AsyncAPI schema shipped for version " + file);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Schema schema = REGISTRY.getSchema(
                    SchemaLocation.of("http://asyncapi.com/definitions/" + file + "/asyncapi.json"),
                    text,
                    InputFormat.JSON);
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the official AsyncAPI schema " + file, e);
        }
    }

    /** A JSON Schema (draft 7) for message payloads and example checks. */
    static Schema payloadSchema(JsonNode schema) {
        return REGISTRY.getSchema(schema);
    }
}
