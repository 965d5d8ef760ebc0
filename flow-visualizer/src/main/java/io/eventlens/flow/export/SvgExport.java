package io.eventlens.flow.export;

import io.eventlens.flow.graph.FlowEdge;
import io.eventlens.flow.graph.FlowNode;
import io.eventlens.flow.graph.FlowReport;
import io.eventlens.flow.graph.NodeKind;
import java.util.List;
import java.util.Locale;

/**
 * SVG of the ELK layered layout. Every text and attribute value is XML-escaped and characters XML 1.0
 * forbids are dropped, so a name cannot close an element or open one; names longer than a box are
 * cut with an ellipsis (the full name is in the node's {@code <title>}).
 */
final class SvgExport {

    private static final double MARGIN = 12;

    private SvgExport() {}

    static String write(FlowReport report) {
        return write(report, LayeredLayout.of(report.graph()));
    }

    static String write(FlowReport report, Layout layout) {
        StringBuilder svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(number(layout.width() + 2 * MARGIN))
                .append("\" height=\"")
                .append(number(layout.height() + 2 * MARGIN))
                .append("\" viewBox=\"0 0 ")
                .append(number(layout.width() + 2 * MARGIN))
                .append(' ')
                .append(number(layout.height() + 2 * MARGIN))
                .append("\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n")
                .append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                        + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\""
                        + " fill=\"#607d8b\"/></marker></defs>\n")
                .append("  <g transform=\"translate(")
                .append(number(MARGIN))
                .append(',')
                .append(number(MARGIN))
                .append(")\">\n");
        for (FlowEdge edge : report.graph().edges()) {
            edge(svg, edge, layout.route(edge.from(), edge.to()));
        }
        for (FlowNode node : report.graph().nodes()) {
            node(svg, node, layout.boxes().get(node.id()));
        }
        return svg.append("  </g>\n</svg>\n").toString();
    }

    private static void edge(StringBuilder svg, FlowEdge edge, List<Layout.Point> route) {
        svg.append("    <g class=\"edge ")
                .append(edge.kind().label())
                .append("\" data-from=\"")
                .append(escape(edge.from()))
                .append("\" data-to=\"")
                .append(escape(edge.to()))
                .append("\">")
                .append("<title>")
                .append(escape(String.join(", ", edge.messages())))
                .append("</title>")
                .append("<path fill=\"none\" stroke=\"#607d8b\" marker-end=\"url(#arrow)\" d=\"");
        for (int i = 0; i < route.size(); i++) {
            svg.append(i == 0 ? "M" : " L")
                    .append(number(route.get(i).x()))
                    .append(',')
                    .append(number(route.get(i).y()));
        }
        svg.append("\"/></g>\n");
    }

    private static void node(StringBuilder svg, FlowNode node, Layout.Box box) {
        boolean service = node.kind() == NodeKind.SERVICE;
        svg.append("    <g class=\"node ")
                .append(node.kind().label())
                .append("\" id=\"")
                .append(escape(node.id()))
                .append("\"><title>")
                .append(escape(oneLine(node.name())))
                .append("</title><rect x=\"")
                .append(number(box.x()))
                .append("\" y=\"")
                .append(number(box.y()))
                .append("\" width=\"")
                .append(number(box.width()))
                .append("\" height=\"")
                .append(number(box.height()))
                .append("\" rx=\"")
                .append(service ? "6" : "16")
                .append("\" fill=\"")
                .append(service ? "#e3f2fd" : "#fff8e1")
                .append("\" stroke=\"")
                .append(service ? "#1565c0" : "#f9a825")
                .append("\"/>")
                .append("<text x=\"")
                .append(number(box.centerX()))
                .append("\" y=\"")
                .append(number(box.centerY() + 4))
                .append("\" text-anchor=\"middle\">")
                .append(escape(fitted(node.name(), box.width())))
                .append("</text></g>\n");
    }

    /** The name on one line: line breaks and tabs become spaces. */
    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }

    private static String fitted(String name, double width) {
        String line = oneLine(name);
        int fits = (int) ((width - 16) / LayeredLayout.CHAR_WIDTH);
        return line.length() <= fits ? line : line.substring(0, Math.max(1, fits - 1)) + "…";
    }

    /** XML text and attribute escaping; characters XML 1.0 does not allow are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean allowed = c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000;
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
