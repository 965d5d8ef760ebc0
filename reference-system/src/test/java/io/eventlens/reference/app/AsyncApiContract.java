package io.eventlens.reference.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The AsyncAPI documents as a contract: validates a record against the payload schema of the message
 * its {@code event_type} names, in {@code asyncapi/common.yaml}, with networknt's validator.
 */
final class AsyncApiContract {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final JsonNode common = document("common.yaml");

    static JsonNode document(String name) {
        try (InputStream in = AsyncApiContract.class.getResourceAsStream("/asyncapi/" + name)) {
            if (in == null) {
                throw new IllegalStateException("asyncapi/" + name + " is not on the classpath");
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean documents(String messageName) {
        return common.path("components").path("messages").has(messageName);
    }

    /** Every violation of the message's payload schema, as "pointer: message"; empty when it conforms. */
    List<String> violations(String messageName, JsonNode payload) {
        if (!documents(messageName)) {
            return List.of("message " + messageName + " is not documented in asyncapi/common.yaml");
        }
        ObjectNode root = common.deepCopy();
        root.putArray("allOf").addObject().put("$ref", "#/components/messages/" + messageName + "/payload");
        Schema schema = REGISTRY.getSchema(root);
        return schema.validate(payload).stream().map(Error::toString).toList();
    }
}
