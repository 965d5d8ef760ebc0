package io.eventlens.web.flows;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.eventlens.flow.graph.Finding;
import io.eventlens.flow.graph.FlowClusters;
import io.eventlens.flow.graph.FlowGraph;
import io.eventlens.flow.graph.FlowReport;
import io.eventlens.web.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The Flows page: the catalog's producer/consumer graph drawn with Cytoscape.js (ELK layered
 * positions), filters, highlights of what lies downstream or upstream of a message or service, node
 * details, the analyses' findings and the exports. {@code /flows?focus=<node id>} selects a node and
 * highlights what lies downstream of it; {@code /flows?highlight=message:<key>&direction=upstream}
 * highlights without selecting.
 */
@Route(value = "flows", layout = MainLayout.class)
@PageTitle("Flows · EventLens")
@PermitAll
public class FlowsView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    /** Above this many nodes the unfiltered page draws clusters by owner. */
    static final int CLUSTER_ABOVE = 400;

    /** A filtered graph is drawn node by node (in batches) up to this size, so a cluster's click never loops. */
    static final int DRAW_AT_MOST = 1500;

    private final FlowsService flows;
    private final FlowGraphView graphView = new FlowGraphView();
    private final Div side = new Div();
    private final Paragraph notice = new Paragraph();
    private final Paragraph focusProblem = new Paragraph();
    private final FlowControls controls;
    private FlowReport report;
    private FlowGraph drawn;

    public FlowsView(FlowsService flows) {
        this.flows = flows;
        this.report = flows.report();
        this.controls = new FlowControls(report.graph(), this::filterChanged, this::highlightChanged);
        setSizeFull();
        notice.addClassName("flows-notice");
        focusProblem.addClassName("flows-focus-problem");
        focusProblem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        focusProblem.setVisible(false);
        side.addClassName("flows-side");
        side.getStyle()
                .set("width", "24rem")
                .set("flex-shrink", "0")
                .set("overflow", "auto")
                .set("max-height", "72vh");
        HorizontalLayout main = new HorizontalLayout(graphView, side);
        main.setWidthFull();
        main.setAlignItems(FlexComponent.Alignment.START);
        main.setFlexGrow(1, graphView);
        graphView.onSelect(this::nodeClicked);
        add(new H2("Flows"), summary(), focusProblem, controls, notice, main, Exports.links(flows));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        report = flows.report();
        QueryParameters parameters = event.getLocation().getQueryParameters();
        String focus = parameters.getSingleParameter("focus").orElse(null);
        String highlight = parameters.getSingleParameter("highlight").orElse(null);
        focusProblem.setVisible(false);
        redraw();
        if (focus == null && highlight != null) {
            highlightFromLink(
                    highlight, parameters.getSingleParameter("direction").orElse("downstream"));
            return;
        }
        if (focus == null) {
            showSide(null);
            return;
        }
        if (report.graph().node(focus).isEmpty()) {
            focusProblem.setText("No node '" + focus + "' in the flow graph: it may have been renamed or removed."
                    + " Node ids look like service:<service id> or channel:<address>; pick a node below.");
            focusProblem.setVisible(true);
            showSide(null);
            return;
        }
        controls.highlight(focus, false);
        nodeClicked(focus);
    }

    /** {@code ?highlight=message:<key>|<node id>&direction=downstream|upstream}, as Governance links it. */
    private void highlightFromLink(String target, String direction) {
        boolean known = target.startsWith("message:")
                ? report.graph().edges().stream()
                        .anyMatch(e -> e.messages().contains(target.substring("message:".length())))
                : report.graph().node(target).isPresent();
        if (!known) {
            focusProblem.setText("Nothing to highlight: '" + target + "' is neither a message on a channel of the"
                    + " flow graph nor one of its nodes. Use message:<key>, service:<service id> "
                    + "or channel:<address>.");
            focusProblem.setVisible(true);
            showSide(null);
            return;
        }
        controls.highlight(target, "upstream".equalsIgnoreCase(direction));
    }

    private Paragraph summary() {
        FlowGraph graph = report.graph();
        long services = graph.nodes().stream()
                .filter(n -> n.kind().label().equals("service"))
                .count();
        Paragraph summary =
                new Paragraph(services + " services · " + (graph.nodes().size() - services) + " channels · "
                        + graph.edges().size() + " edges · " + report.findings().size() + " findings");
        summary.addClassName("flows-summary");
        int failed = flows.state().failed().size();
        if (failed > 0) {
            summary.add(" · " + failed + " document(s) did not load and are not drawn (see the Catalog page)");
        }
        return summary;
    }

    private void filterChanged() {
        redraw();
        highlightChanged();
    }

    private void redraw() {
        FlowGraph shown = controls.filter().apply(report.graph());
        boolean filtered = !controls.filter().isEmpty();
        if (shown.nodes().size() > (filtered ? DRAW_AT_MOST : CLUSTER_ABOVE)) {
            drawn = FlowClusters.byOwner(shown);
            notice.setText(shown.nodes().size() + " nodes are too many to draw one by one: shown as "
                    + drawn.nodes().size() + " clusters by owner. Click a cluster, or filter, to see its nodes.");
        } else {
            drawn = shown;
            notice.setText(shown.nodes().isEmpty() ? "Nothing matches the filters." : "");
        }
        notice.setVisible(!notice.getText().isEmpty());
        graphView.show(drawn);
    }

    private void highlightChanged() {
        FlowControls.Highlight highlight = controls.currentHighlight(report.graph());
        graphView.highlight(highlight == null ? List.of() : highlight.reach().nodes());
        showSide(null);
    }

    private void nodeClicked(String id) {
        String owner = FlowClusters.ownerOf(id);
        if (owner != null) {
            controls.filterByOwner(owner);
            return;
        }
        graphView.select(id);
        showSide(id);
    }

    private void showSide(String selected) {
        side.removeAll();
        report.graph()
                .node(selected == null ? "" : selected)
                .ifPresent(n -> side.add(FlowDetails.of(report.graph(), n)));
        FlowControls.Highlight highlight = controls.currentHighlight(report.graph());
        if (highlight != null) {
            side.add(HighlightList.of(report.graph(), highlight));
        }
        side.add(FindingsList.of(report.findings(), this::findingClicked));
    }

    private void findingClicked(Finding finding) {
        graphView.highlight(finding.nodes());
        graphView.select(finding.nodes().get(0));
    }
}
