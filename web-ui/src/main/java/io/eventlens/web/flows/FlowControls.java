package io.eventlens.web.flows;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import io.eventlens.flow.graph.FlowClusters;
import io.eventlens.flow.graph.FlowFilter;
import io.eventlens.flow.graph.FlowGraph;
import io.eventlens.flow.graph.FlowNode;
import io.eventlens.flow.graph.NodeKind;
import io.eventlens.flow.graph.Reach;
import io.eventlens.flow.graph.Reachability;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Filters (service, owner, tag, protocol) and the highlight (a message or node, downstream or upstream). */
final class FlowControls extends HorizontalLayout {

    private static final long serialVersionUID = 1L;
    private static final String DOWNSTREAM = "Downstream";
    private static final String UPSTREAM = "Upstream";

    /** What is highlighted: its label, the direction and what it reaches. */
    record Highlight(String label, boolean upstream, Reach reach) {}

    private final ComboBox<String> service = new ComboBox<>("Service");
    private final ComboBox<String> owner = new ComboBox<>("Owner");
    private final ComboBox<String> tag = new ComboBox<>("Tag");
    private final ComboBox<String> protocol = new ComboBox<>("Protocol");
    private final ComboBox<String> target = new ComboBox<>("Highlight");
    private final Select<String> direction = new Select<>();
    private final FlowGraph graph;

    FlowControls(FlowGraph graph, Runnable onFilter, Runnable onHighlight) {
        this.graph = graph;
        List<FlowNode> services =
                graph.nodes().stream().filter(n -> n.kind() == NodeKind.SERVICE).toList();
        service.setItems(services.stream().map(FlowNode::id).toList());
        service.setItemLabelGenerator(this::name);
        owner.setItems(sorted(services.stream().map(n -> n.owner() == null ? FlowClusters.NO_OWNER : n.owner())));
        tag.setItems(sorted(services.stream().flatMap(n -> n.tags().stream())));
        protocol.setItems(sorted(graph.nodes().stream().flatMap(n -> n.protocols().stream())));
        target.setItems(Stream.concat(
                        sorted(graph.edges().stream().flatMap(e -> e.messages().stream())).stream()
                                .map(key -> "message:" + key),
                        graph.nodes().stream().map(FlowNode::id))
                .toList());
        target.setItemLabelGenerator(this::targetLabel);
        target.setWidth("18rem");
        direction.setLabel("Direction");
        direction.setItems(DOWNSTREAM, UPSTREAM);
        direction.setValue(DOWNSTREAM);
        Button clear = new Button("Clear highlight", click -> target.clear());
        setId("flow-controls");
        service.setId("filter-service");
        owner.setId("filter-owner");
        tag.setId("filter-tag");
        protocol.setId("filter-protocol");
        target.setId("highlight-target");
        direction.setId("highlight-direction");
        clear.setId("highlight-clear");
        Stream.of(service, owner, tag, protocol).forEach(box -> {
            box.setClearButtonVisible(true);
            box.addValueChangeListener(change -> onFilter.run());
        });
        target.setClearButtonVisible(true);
        target.addValueChangeListener(change -> onHighlight.run());
        direction.addValueChangeListener(change -> onHighlight.run());
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
        add(service, owner, tag, protocol, target, direction, clear);
    }

    FlowFilter filter() {
        return new FlowFilter(service.getValue(), owner.getValue(), tag.getValue(), protocol.getValue());
    }

    void filterByOwner(String name) {
        owner.setValue(name);
    }

    void highlight(String nodeOrMessage, boolean upstream) {
        direction.setValue(upstream ? UPSTREAM : DOWNSTREAM);
        target.setValue(nodeOrMessage);
    }

    /** The current highlight, or null when none is chosen. */
    Highlight currentHighlight(FlowGraph full) {
        String value = target.getValue();
        if (value == null) {
            return null;
        }
        boolean upstream = UPSTREAM.equals(direction.getValue());
        Reach reach;
        if (value.startsWith("message:")) {
            String key = value.substring("message:".length());
            reach = upstream ? Reachability.upstreamOfMessage(full, key) : Reachability.downstreamOfMessage(full, key);
        } else {
            reach = upstream ? Reachability.upstream(full, value) : Reachability.downstream(full, value);
        }
        return new Highlight(targetLabel(value), upstream, reach);
    }

    private String name(String id) {
        return graph.node(id).map(FlowNode::name).orElse(id);
    }

    private String targetLabel(String value) {
        if (value.startsWith("message:")) {
            return "message " + value.substring("message:".length());
        }
        return graph.node(value).map(n -> n.kind().label() + " " + n.name()).orElse(value);
    }

    private static List<String> sorted(Stream<String> values) {
        return List.copyOf(new TreeSet<>(values.filter(Objects::nonNull).toList()));
    }
}
