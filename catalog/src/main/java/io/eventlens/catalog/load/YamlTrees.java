package io.eventlens.catalog.load;

import io.eventlens.catalog.document.JsonPointers;
import java.io.StringReader;
import java.util.List;
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
        loader.setMaxAliasesForCollections(options.maxAliases());
        loader.setNestingDepthLimit(options.maxDepth());
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, options.maxBytes()));
        loader.setAllowRecursiveKeys(false);
        Composer composer = new Composer(
                new ParserImpl(new StreamReader(new StringReader(text)), loader), new Yaml12Resolver(), loader);
        return composer.getSingleNode();
    }

    static Position locate(Node root, String pointer) {
        Node node = root;
        for (String token : JsonPointers.tokens(pointer)) {
            Node next = child(node, token);
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

    private static Node child(Node node, String token) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key
                        && key.getValue().equals(token)) {
                    return tuple.getValueNode();
                }
            }
            return null;
        }
        if (node instanceof SequenceNode sequence && token.matches("\\d{1,9}")) {
            List<Node> items = sequence.getValue();
            int index = Integer.parseInt(token);
            return index < items.size() ? items.get(index) : null;
        }
        return null;
    }
}
