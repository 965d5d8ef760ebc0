package io.eventlens.web.dlq;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.eventlens.dlq.depth.DepthHistory;
import io.eventlens.dlq.discovery.QueueKind;
import io.eventlens.web.chart.EChart;
import io.eventlens.web.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * Every dead-letter queue with its depth, growth and oldest age, a chart of the chosen queue's depth
 * over time, and below it the chosen queue's records (filters, error groups, detail) with the replay
 * controls for operators.
 */
@Route(value = "dlq", layout = MainLayout.class)
@PageTitle("DLQ · EventLens")
@PermitAll
public class DlqView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DlqService dlq;
    private final Grid<DlqService.QueueSummary> queues = new Grid<>();
    private final EChart chart = new EChart();
    private final H3 chosen = new H3("Choose a queue");
    private final BrowsePanel browse;

    public DlqView(DlqService dlq) {
        this.dlq = dlq;
        this.browse = new BrowsePanel(dlq);
        addClassName("dlq-view");
        setWidthFull();
        Anchor audit = new Anchor("dlq/audit", "Audit of replays and fixes");
        audit.addClassName("dlq-audit-link");
        queues.addClassName("dlq-queues");
        queues.addColumn(q -> q.name()).setHeader("Queue").setAutoWidth(true).setFlexGrow(2);
        queues.addColumn(q -> q.depth().queue().backend().label())
                .setHeader("Backend")
                .setAutoWidth(true);
        queues.addColumn(q -> q.depth().queue().kind() == QueueKind.RETRY ? "retry" : "dead letter")
                .setHeader("Kind")
                .setAutoWidth(true);
        queues.addColumn(q -> q.depth().depth()).setHeader("Depth").setAutoWidth(true);
        queues.addColumn(q -> String.format(Locale.ROOT, "%+.1f/min", q.growthPerMinute()))
                .setHeader("Growth")
                .setAutoWidth(true);
        queues.addColumn(q -> age(q.depth().oldestAgeSeconds()))
                .setHeader("Oldest")
                .setAutoWidth(true);
        queues.setAllRowsVisible(true);
        queues.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                choose(e.getValue().name());
            }
        });
        Paragraph note = new Paragraph("Depth counts the records a queue holds (Kafka keeps replayed records;"
                + " a Redis replay removes them). Queues are found by name (-dlt, .DLT, -dlq, retry topics) and by"
                + " configuration.");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Button refresh = new Button("Refresh", e -> refresh());
        refresh.addClassName("dlq-refresh");
        add(new H2("Dead-letter queues"), new HorizontalLayout(refresh, audit), note, queues, chosen, chart, browse);
        refresh();
    }

    private void refresh() {
        var all = dlq.queues();
        queues.setItems(all);
        if (browse.isVisible()) {
            chart.setOption(option(chosen.getText()));
        }
        if (all.isEmpty()) {
            chosen.setText("No dead-letter queues found yet (they are measured every few seconds).");
        }
    }

    private void choose(String name) {
        chosen.setText(name);
        chart.setOption(option(name));
        browse.show(name);
    }

    private String option(String name) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("title")
                .put("text", "Depth of " + name)
                .putObject("textStyle")
                .put("fontSize", 13);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("xAxis").put("type", "time");
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        ObjectNode series = option.putArray("series")
                .addObject()
                .put("type", "line")
                .put("name", "depth")
                .put("step", "end")
                .put("showSymbol", true);
        ArrayNode data = series.putArray("data");
        for (DepthHistory.Point p : dlq.history(name)) {
            data.addArray().add(p.at().toEpochMilli()).add(p.depth());
        }
        return option.toString();
    }

    static String age(long seconds) {
        if (seconds <= 0) {
            return "–";
        }
        if (seconds < 120) {
            return seconds + " s";
        }
        if (seconds < 7200) {
            return seconds / 60 + " min";
        }
        return seconds / 3600 + " h";
    }
}
