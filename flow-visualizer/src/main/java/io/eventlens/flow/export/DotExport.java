package io.eventlens.flow.export;

import io.eventlens.flow.graph.FlowEdge;
import io.eventlens.flow.graph.FlowNode;
import io.eventlens.flow.graph.FlowReport;
import io.eventlens.flow.graph.NodeKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Graphviz DOT. Node ids are {@code n0, n1, ...} in the graph's sorted order (stable), each node's real
 * id in its {@code id} attribute (it becomes the element id in Graphviz's SVG); every string is quoted
 * and escaped, so quotes, backslashes and newlines in names cannot end a string or a statement.
 */
final class DotExport {

    private DotExport() {}

    static String write(FlowReport report) {
        StringBuilder dot = new StringBuilder("digraph flows {\n")
                .append("  rankdir=LR;\n")
                .append("  node [fontname=\"Helvetica\", fontsize=11];\n")
                .append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        Map<String, String> ids = new HashMap<>();
        List<FlowNode> nodes = report.graph().nodes();
        for (int i = 0; i < nodes.size(); i++) {
            FlowNode node = nodes.get(i);
            ids.put(node.id(), "n" + i);
            boolean service = node.kind() == NodeKind.SERVICE;
            dot.append("  n")
                    .append(i)
                    .append(" [id=")
                    .append(quoted(node.id()))
                    .append(", label=")
                    .append(quoted(node.name()))
                    .append(", shape=")
                    .append(service ? "box, style=\"rounded,filled\", fillcolor=\"#e3f2fd\"" : "ellipse")
                    .append("];\n");
        }
        for (FlowEdge edge : report.graph().edges()) {
            dot.append("  ")
                    .append(ids.get(edge.from()))
                    .append(" -> ")
                    .append(ids.get(edge.to()))
                    .append(" [label=")
                    .append(quoted(String.join(", ", edge.messages())))
                    .append(", class=")
                    .append(quoted(edge.kind().label()))
                    .append("];\n");
        }
        return dot.append("}\n").toString();
    }

    /**
     * A DOT double-quoted string. Backslashes are doubled (in labels {@code \n}, {@code \N}, ... are
     * escapes), quotes escaped, line breaks written as {@code \n}, other control characters dropped.
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r', '\t' -> out.append(' ');
                default -> {
                    if (c >= 0x20) {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
