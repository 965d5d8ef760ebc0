package io.eventlens.web.security;

/** The hostile inputs of issue #15, made to measure. */
final class HostileInputs {

    private HostileInputs() {}

    /**
     * An AsyncAPI document with {@code levels} YAML anchors, each a list of two aliases of the one before ("billion
     * laughs"): {@code 2 * levels} aliases in about a kilobyte that expand to {@code 2^(levels + 1)} values.
     */
    static String billionLaughs(int levels) {
        StringBuilder yaml = new StringBuilder("asyncapi: 3.0.0\ninfo: {title: laughs, version: 1.0.0}\nx-laughs:\n");
        yaml.append("  l0: &l0 [lol, lol]\n");
        for (int i = 1; i <= levels; i++) {
            yaml.append("  l")
                    .append(i)
                    .append(": &l")
                    .append(i)
                    .append(" [*l")
                    .append(i - 1)
                    .append(", *l")
                    .append(i - 1)
                    .append("]\n");
        }
        return yaml.toString();
    }

    /**
     * A JSON Schema of a few hundred bytes whose {@code $ref}s fan out: {@code depth} definitions, each an object of
     * {@code width} properties that all refer to the next; the last is of type {@code leafType}. Two versions that
     * differ in the leaf differ at {@code width^depth} places.
     */
    static String refFanOut(int width, int depth, String leafType) {
        StringBuilder schema = new StringBuilder("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
                + " \"$ref\": \"#/$defs/l0\", \"$defs\": {");
        for (int level = 0; level < depth; level++) {
            schema.append("\"l").append(level).append("\": {\"type\": \"object\", \"properties\": {");
            for (int p = 0; p < width; p++) {
                schema.append(p == 0 ? "" : ", ")
                        .append("\"p")
                        .append(p)
                        .append("\": {\"$ref\": \"#/$defs/l")
                        .append(level + 1)
                        .append("\"}");
            }
            schema.append("}}, ");
        }
        return schema.append("\"l")
                .append(depth)
                .append("\": {\"type\": \"")
                .append(leafType)
                .append("\"}}}")
                .toString();
    }

    /** An AsyncAPI 3.0 document (JSON) sending one message, {@code Wide}, with {@code count} payload properties. */
    static String wideDocument(int count) {
        StringBuilder json = new StringBuilder(count * 30 + 400);
        json.append("{\"asyncapi\": \"3.0.0\", \"info\": {\"title\": \"wide\", \"version\": \"1.0.0\"},")
                .append(" \"channels\": {\"wide\": {\"address\": \"wide\", \"messages\": {\"Wide\": {\"payload\":")
                .append(" {\"type\": \"object\", \"properties\": {");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":{\"type\":\"string\"}");
        }
        return json.append("}}}}}},")
                .append(" \"operations\": {\"sendWide\": {\"action\": \"send\", \"channel\": {\"$ref\":")
                .append(" \"#/channels/wide\"}, \"messages\": [{\"$ref\": \"#/channels/wide/messages/Wide\"}]}}}")
                .toString();
    }
}
