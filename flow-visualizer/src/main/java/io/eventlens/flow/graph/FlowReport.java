package io.eventlens.flow.graph;

import static java.util.Objects.requireNonNull;

import io.eventlens.catalog.model.Catalog;
import java.util.List;

/**
 * A flow graph and its findings: what the page, the REST API and the CLI all show and export.
 *
 * @param graph the graph
 * @param findings what the analyses found in it
 */
public record FlowReport(FlowGraph graph, List<Finding> findings) {

    public FlowReport {
        requireNonNull(graph, "graph");
        findings = List.copyOf(findings);
    }

    /** The documented graph of a catalog, analysed with the default settings. */
    public static FlowReport of(Catalog catalog) {
        return of(CatalogGraph.of(catalog), new FlowAnalyses());
    }

    /** Any graph (e.g. one observed from traces), analysed with these analyses. */
    public static FlowReport of(FlowGraph graph, FlowAnalyses analyses) {
        return new FlowReport(graph, analyses.analyse(graph));
    }
}
