package io.eventlens.flow.export;

import io.eventlens.flow.graph.FlowEdge;
import io.eventlens.flow.graph.FlowGraph;
import io.eventlens.flow.graph.FlowNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Eclipse ELK's layered algorithm (Sugiyama style), left to right. ELK finds its algorithms through
 * a service registry that a fat jar may lose, so the layered provider is registered here explicitly.
 * Node sizes are estimated from the length of their names; nothing measures fonts on a server.
 */
public final class LayeredLayout {

    static final double CHAR_WIDTH = 7;
    static final double NODE_HEIGHT = 32;

    /** Above this many nodes the layout trades fewer edge crossings for time. */
    static final int LARGE = 1_000;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private LayeredLayout() {}

    /** Lays the graph out; the same graph gives the same layout. */
    public static Layout of(FlowGraph graph) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        if (graph.nodes().size() > LARGE) {
            // the defaults (network-simplex layering, thorough layer sweeps) took a minute at 7,000 nodes
            root.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.LONGEST_PATH);
            root.setProperty(LayeredOptions.THOROUGHNESS, 1);
            root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.SIMPLE);
        }
        Map<String, ElkNode> nodes = new HashMap<>();
        for (FlowNode node : graph.nodes()) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            elk.setIdentifier(node.id());
            elk.setDimensions(width(node.name()), NODE_HEIGHT);
            nodes.put(node.id(), elk);
        }
        Map<ElkEdge, FlowEdge> edges = new HashMap<>();
        for (FlowEdge edge : graph.edges()) {
            edges.put(ElkGraphUtil.createSimpleEdge(nodes.get(edge.from()), nodes.get(edge.to())), edge);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, Layout.Box> boxes = new HashMap<>();
        nodes.forEach((id, n) -> boxes.put(id, new Layout.Box(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
        Map<String, List<Layout.Point>> routes = new HashMap<>();
        edges.forEach((elk, edge) -> routes.put(edge.from() + "\n" + edge.to(), route(elk)));
        return new Layout(root.getWidth(), root.getHeight(), boxes, routes);
    }

    static double width(String name) {
        return Math.min(320, Math.max(72, SvgExport.oneLine(name).length() * CHAR_WIDTH + 24));
    }

    private static List<Layout.Point> route(ElkEdge edge) {
        List<Layout.Point> points = new ArrayList<>();
        for (ElkEdgeSection section : edge.getSections()) {
            points.add(new Layout.Point(section.getStartX(), section.getStartY()));
            for (ElkBendPoint bend : section.getBendPoints()) {
                points.add(new Layout.Point(bend.getX(), bend.getY()));
            }
            points.add(new Layout.Point(section.getEndX(), section.getEndY()));
        }
        return points;
    }
}
