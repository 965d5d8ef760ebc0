package io.eventlens.flow.export;

import io.eventlens.flow.graph.FlowReport;

/**
 * Writes a flow report in one of the {@link ExportFormat}s. The same report gives the same text,
 * run after run: nodes and edges are sorted, and the layout of the SVG is deterministic.
 */
public final class FlowExports {

    private FlowExports() {}

    public static String write(FlowReport report, ExportFormat format) {
        return switch (format) {
            case JSON -> JsonExport.write(report);
            case DOT -> DotExport.write(report);
            case MERMAID -> MermaidExport.write(report);
            case SVG -> SvgExport.write(report);
        };
    }
}
