package io.eventlens.catalog.load;

import java.util.IdentityHashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * What a composed YAML text becomes once its aliases are expanded, measured before anything is expanded: values,
 * characters and depth of each node are counted once (an alias reuses its target's counts), so the measure costs as
 * much as the text, not as much as its expansion. Forty-eight aliases two wide nest 24 levels in a kilobyte and expand
 * to 2^24 values; they are refused here, in microseconds, naming {@link ParseLimits.Limit#NODES}.
 */
final class YamlBudget {

    private record Size(long nodes, long chars, int depth) {}

    private static final Size IN_PROGRESS = new Size(0, 0, 0);

    private final SourceFile source;
    private final ParseLimits limits;
    private final Map<Node, Size> sizes = new IdentityHashMap<>();
    private long aliases;

    YamlBudget(SourceFile source, ParseLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /** Refuses {@code root} when its expansion would exceed a limit. */
    void check(Node root) throws DocumentException {
        if (root != null) {
            size(root, root);
        }
    }

    private Size size(Node node, Node parent) throws DocumentException {
        Size known = sizes.get(node);
        if (known != null) {
            // met again: an alias (a value that contains itself is refused when it is converted)
            if (!(node instanceof ScalarNode) && ++aliases > limits.maxAliases()) {
                throw exceeded(parent, ParseLimits.Limit.ALIASES, aliases);
            }
            return known;
        }
        if (node instanceof ScalarNode scalar) {
            Size size = new Size(1, scalar.getValue().length(), 0);
            sizes.put(node, size);
            return check(node, size);
        }
        sizes.put(node, IN_PROGRESS);
        long nodes = 1;
        long chars = 0;
        int depth = 0;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                Size key = size(tuple.getKeyNode(), node);
                Size value = size(tuple.getValueNode(), node);
                nodes = nodes + value.nodes();
                chars = chars + key.chars() + value.chars();
                depth = Math.max(depth, value.depth());
                check(tuple.getKeyNode(), new Size(nodes, chars, depth + 1));
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                Size value = size(item, node);
                nodes = nodes + value.nodes();
                chars = chars + value.chars();
                depth = Math.max(depth, value.depth());
                check(node, new Size(nodes, chars, depth + 1));
            }
        }
        Size size = new Size(nodes, chars, depth + 1);
        sizes.put(node, size);
        return check(node, size);
    }

    private Size check(Node node, Size size) throws DocumentException {
        if (size.nodes() > limits.maxNodes()) {
            throw exceeded(node, ParseLimits.Limit.NODES, size.nodes());
        }
        if (size.chars() > limits.maxChars()) {
            throw exceeded(node, ParseLimits.Limit.CHARS, size.chars());
        }
        if (size.depth() > limits.maxDepth()) {
            throw exceeded(node, ParseLimits.Limit.DEPTH, size.depth());
        }
        return size;
    }

    private DocumentException exceeded(Node node, ParseLimits.Limit limit, long reached) {
        Mark mark = node.getStartMark();
        Position at = mark == null ? Position.UNKNOWN : new Position(mark.getLine() + 1, mark.getColumn() + 1);
        return DocumentException.exceeded(source, at, "", limits, limit, reached);
    }
}
