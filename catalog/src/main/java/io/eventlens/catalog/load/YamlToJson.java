package io.eventlens.catalog.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns composed YAML nodes into a Jackson tree. Aliases are expanded, but a node that contains
 * itself, a duplicate key or a non-scalar key is refused with its position.
 */
final class YamlToJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SourceFile source;
    private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();

    YamlToJson(SourceFile source) {
        this.source = source;
    }

    JsonNode convert(Node node) throws DocumentException {
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar);
        }
        if (inProgress.put(node, Boolean.TRUE) != null) {
            throw fail(
                    node,
                    "a YAML alias makes this value contain itself; allowed: aliases to values "
                            + "defined before and outside it");
        }
        try {
            return node instanceof MappingNode mapping ? mapping(mapping) : sequence((SequenceNode) node);
        } finally {
            inProgress.remove(node);
        }
    }

    private ArrayNode sequence(SequenceNode sequence) throws DocumentException {
        ArrayNode array = NODES.arrayNode(sequence.getValue().size());
        for (Node item : sequence.getValue()) {
            array.add(convert(item));
        }
        return array;
    }

    private ObjectNode mapping(MappingNode mapping) throws DocumentException {
        ObjectNode object = NODES.objectNode();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw fail(tuple.getKeyNode(), "a mapping key must be a plain value, not a list or a map");
            }
            if (key.getTag().equals(Tag.MERGE)) {
                merge(object, tuple.getValueNode());
            } else if (object.has(key.getValue())) {
                throw fail(key, duplicateKey(key.getValue()));
            } else {
                object.set(key.getValue(), convert(tuple.getValueNode()));
            }
        }
        return object;
    }

    /** YAML merge keys ({@code <<: *base}): keys already present win. */
    private void merge(ObjectNode target, Node value) throws DocumentException {
        JsonNode merged = convert(value);
        Iterable<JsonNode> sources = merged.isArray() ? merged : List.of(merged);
        for (JsonNode each : sources) {
            if (!each.isObject()) {
                throw fail(value, "a merge key '<<' must name a map or a list of maps");
            }
            each.fields().forEachRemaining(e -> target.putIfAbsent(e.getKey(), e.getValue()));
        }
    }

    private JsonNode scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.NULL)) {
            return NODES.nullNode();
        }
        if (tag.equals(Tag.BOOL)) {
            return NODES.booleanNode(text.equalsIgnoreCase("true"));
        }
        if (tag.equals(Tag.INT)) {
            BigInteger value = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
            return value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
        }
        if (tag.equals(Tag.FLOAT)) {
            return NODES.numberNode(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
        }
        return NODES.textNode(text);
    }

    static String duplicateKey(String key) {
        return "duplicate key '" + key + "'; each key may appear once in a map";
    }

    private DocumentException fail(Node node, String message) {
        Position at = new Position(
                node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
        return new DocumentException(source, at, "", message);
    }
}
