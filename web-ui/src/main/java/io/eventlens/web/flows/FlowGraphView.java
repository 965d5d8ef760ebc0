package io.eventlens.web.flows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import io.eventlens.flow.export.LayeredLayout;
import io.eventlens.flow.export.Layout;
import io.eventlens.flow.graph.FlowEdge;
import io.eventlens.flow.graph.FlowGraph;
import io.eventlens.flow.graph.FlowNode;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The interactive graph: Cytoscape.js from its WebJar, loaded as a plain script, drawing the positions
 * ELK computed on the server. Data travels as attributes (the browser escapes them, so names are text,
 * never markup); a click on a node comes back as the node's id.
 */
@JavaScript("context://webjars/cytoscape/3.33.1/dist/cytoscape.min.js")
@JavaScript("context://eventlens/flow-graph.js")
class FlowGraphView extends Div {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    record PageNode(String id, String label, String kind, double x, double y, double width) {}

    record PageEdge(String id, String source, String target, String kind, String label) {}

    record PageGraph(List<PageNode> nodes, List<PageEdge> edges) {}

    FlowGraphView() {
        addClassName("flow-graph");
        setWidthFull();
        getStyle()
                .set("height", "70vh")
                .set("min-height", "420px")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-base-color)");
    }

    void show(FlowGraph graph) {
        Layout layout = LayeredLayout.of(graph);
        List<PageNode> nodes = graph.nodes().stream().map(n -> node(n, layout)).toList();
        List<PageEdge> edges = graph.edges().stream().map(FlowGraphView::edge).toList();
        getElement().setAttribute("data-graph", json(new PageGraph(nodes, edges)));
        getElement().executeJs("window.EventLensFlows.render(this)");
    }

    void highlight(Collection<String> ids) {
        getElement().setAttribute("data-highlight", json(List.copyOf(ids)));
        getElement().executeJs("window.EventLensFlows.highlight(this)");
    }

    void select(String id) {
        getElement().setAttribute("data-selected", id == null ? "" : id);
        getElement().executeJs("window.EventLensFlows.select(this)");
    }

    void onSelect(Consumer<String> listener) {
        getElement()
                .addEventListener(
                        "node-select", e -> listener.accept(e.getEventData().getString("event.detail")))
                .addEventData("event.detail");
    }

    private static PageNode node(FlowNode node, Layout layout) {
        Layout.Box box = layout.boxes().get(node.id());
        return new PageNode(node.id(), node.name(), node.kind().label(), box.centerX(), box.centerY(), box.width());
    }

    private static PageEdge edge(FlowEdge edge) {
        List<String> messages = edge.messages();
        String label = messages.size() <= 2
                ? String.join(", ", messages)
                : messages.get(0) + ", " + messages.get(1) + " +" + (messages.size() - 2);
        return new PageEdge(
                edge.from() + "->" + edge.to(),
                edge.from(),
                edge.to(),
                edge.kind().label(),
                label);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the flow graph could not be written for the page", e);
        }
    }
}
