package io.eventlens.flow.export;

import io.eventlens.catalog.model.Catalog;
import io.eventlens.flow.graph.CatalogGraph;
import io.eventlens.flow.graph.Finding;
import io.eventlens.flow.graph.FlowAnalyses;
import io.eventlens.flow.graph.FlowClusters;
import io.eventlens.flow.graph.FlowEdge;
import io.eventlens.flow.graph.FlowFilter;
import io.eventlens.flow.graph.FlowGraph;
import io.eventlens.flow.graph.FlowReport;
import io.eventlens.flow.graph.GeneratedCatalog;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Not a test: graph build + all analyses for a generated catalog of 2,000 services, 5,000 channels and
 * 10,000 messages, then our DOT and SVG exports beside JGraphT's own {@code DOTExporter} on the same graph.
 * {@code java ... io.eventlens.flow.export.FlowsBenchmark [rounds]} (command in docs/benchmarks.md).
 */
public final class FlowsBenchmark {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Catalog catalog = GeneratedCatalog.of(2_000, 5_000, 42);
        System.out.printf(
                "catalog: %d services, %d channels, %d messages, %d operations%n",
                catalog.services().size(),
                catalog.channels().size(),
                catalog.messages().size(),
                catalog.operations().size());
        FlowGraph graph = CatalogGraph.of(catalog);
        List<Finding> findings = new FlowAnalyses().analyse(graph);
        System.out.printf(
                "graph: %d nodes, %d edges, %d findings%n",
                graph.nodes().size(), graph.edges().size(), findings.size());
        FlowReport report = new FlowReport(graph, findings);
        Graph<String, FlowEdge> jgrapht = jgrapht(graph);
        for (int round = 0; round <= rounds; round++) {
            String label = round == 0 ? "warm-up" : "round " + round;
            long build = time(() -> CatalogGraph.of(catalog));
            long analyses = time(() -> new FlowAnalyses().analyse(graph));
            long dot = time(() -> FlowExports.write(report, ExportFormat.DOT));
            long floor = time(() -> jgraphtDot(jgrapht));
            long clusters = time(() -> FlowClusters.byOwner(graph));
            System.out.printf(
                    "%s: build %d ms, analyses %d ms, build+analyses %d ms, DOT %d ms, JGraphT DOTExporter"
                            + " %d ms, clusters by owner %d ms%n",
                    label, build, analyses, build + analyses, dot, floor, clusters);
        }
        FlowGraph owner = new FlowFilter(null, "team-0", null, null).apply(graph);
        FlowGraph clustered = FlowClusters.byOwner(graph);
        for (int round = 0; round < 2; round++) {
            long ownerLayout = time(() -> LayeredLayout.of(owner));
            long clusterLayout = time(() -> LayeredLayout.of(clustered));
            System.out.printf(
                    "page layouts: one owner's neighbourhood (%d nodes, %d edges) %d ms; clusters by owner"
                            + " (%d nodes, %d edges) %d ms%n",
                    owner.nodes().size(),
                    owner.edges().size(),
                    ownerLayout,
                    clustered.nodes().size(),
                    clustered.edges().size(),
                    clusterLayout);
        }
        long svg = time(() -> FlowExports.write(report, ExportFormat.SVG));
        System.out.printf(
                "SVG (ELK layered layout + writing), once: %d ms, %d bytes%n",
                svg, FlowExports.write(report, ExportFormat.SVG).length());
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        Object result = work.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return ms;
    }

    private static Graph<String, FlowEdge> jgrapht(FlowGraph graph) {
        Graph<String, FlowEdge> g = new DefaultDirectedGraph<>(null, null, false);
        graph.nodes().forEach(n -> g.addVertex(n.id()));
        graph.edges().forEach(e -> g.addEdge(e.from(), e.to(), e));
        return g;
    }

    private static String jgraphtDot(Graph<String, FlowEdge> graph) {
        DOTExporter<String, FlowEdge> exporter = new DOTExporter<>(id -> "n" + Math.abs(id.hashCode()));
        exporter.setVertexAttributeProvider(v -> Map.of("label", DefaultAttribute.createAttribute(v)));
        exporter.setEdgeAttributeProvider(
                e -> Map.of("label", DefaultAttribute.createAttribute(String.join(", ", e.messages()))));
        StringWriter out = new StringWriter();
        exporter.exportGraph(graph, out);
        return out.toString();
    }
}
