package io.eventlens.flow.export;

import io.eventlens.flow.graph.FlowEdge;
import io.eventlens.flow.graph.FlowNode;
import io.eventlens.flow.graph.FlowReport;
import io.eventlens.flow.graph.NodeKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Mermaid flowchart. Node ids are {@code n0, n1, ...} (stable); labels are quoted, and every
 * character Mermaid or its HTML labels would read ({@code " < > & # `}) is written as a Mermaid
 * entity code, so a name can neither end the label nor inject markup; a line break becomes {@code <br/>}.
 */
final class MermaidExport {

    private MermaidExport() {}

    static String write(FlowReport report) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        Map<String, String> ids = new HashMap<>();
        List<FlowNode> nodes = report.graph().nodes();
        for (int i = 0; i < nodes.size(); i++) {
            FlowNode node = nodes.get(i);
            String id = "n" + i;
            ids.put(node.id(), id);
            String label = quoted(node.name());
            out.append("    ")
                    .append(id)
                    .append(node.kind() == NodeKind.SERVICE ? "[" + label + "]" : "([" + label + "])")
                    .append('\n');
        }
        for (FlowEdge edge : report.graph().edges()) {
            out.append("    ").append(ids.get(edge.from())).append(" -->");
            if (!edge.messages().isEmpty()) {
                out.append('|')
                        .append(quoted(String.join(", ", edge.messages())))
                        .append('|');
            }
            out.append(' ').append(ids.get(edge.to())).append('\n');
        }
        return out.toString();
    }

    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("#quot;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                case '#' -> out.append("#35;");
                case '`' -> out.append("#96;");
                case '\n' -> out.append("<br/>");
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
