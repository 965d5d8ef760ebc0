package io.eventlens.catalog.load;

import io.eventlens.catalog.document.JsonPointers;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/** Composes YAML (and JSON, a subset) into SnakeYAML nodes, which keep their line and column. */
final class YamlTrees {

    private YamlTrees() {}

    static Node compose(String text, ParseLimits options) {
        LoaderOptions loader = new LoaderOptions();
        // Aliases are counted, and nesting limited, by YamlBudget and DepthLimitedParser, which name the place and the
        // setting; composing does not expand aliases, so SnakeYAML's own limits only back them up.
        loader.setMaxAliasesForCollections(Integer.MAX_VALUE);
        loader.setNestingDepthLimit(options.maxDepth() + 2);
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, options.maxBytes()));
        loader.setAllowRecursiveKeys(false);
        Composer composer = new Composer(
                new DepthLimitedParser(
                        new ParserImpl(new StreamReader(new StringReader(text)), loader), options.maxDepth()),
                new Yaml12Resolver(),
                loader);
        return composer.getSingleNode();
    }

    /**
     * Where the value at {@code pointer} starts; {@code keys} keeps each mapping's keys found so far, so that locating
     * every change of a wide mapping costs as much as its keys, not their square.
     */
    private static Map<String, Node> index(MappingNode mapping) {
        Map<String, Node> byKey = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                byKey.putIfAbsent(key.getValue(), tuple.getValueNode());
            }
        }
        return byKey;
    }

    static Position locate(Node root, String pointer, Map<MappingNode, Map<String, Node>> keys) {
        Node node = root;
        for (String token : JsonPointers.tokens(pointer)) {
            Node next = child(node, token, keys);
            if (next == null) {
                break;
            }
            node = next;
        }
        return node == null
                ? Position.UNKNOWN
                : new Position(
                        node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    private static Node child(Node node, String token, Map<MappingNode, Map<String, Node>> keys) {
        if (node instanceof MappingNode mapping) {
            return keys.computeIfAbsent(mapping, YamlTrees::index).get(token);
        }
        if (node instanceof SequenceNode sequence && token.matches("\\d{1,9}")) {
            List<Node> items = sequence.getValue();
            int index = Integer.parseInt(token);
            return index < items.size() ? items.get(index) : null;
        }
        return null;
    }
}
