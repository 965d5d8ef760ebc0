package io.eventlens.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.eventlens.dlq.discovery.QueueKind;
import io.eventlens.flow.graph.FlowReport;
import io.eventlens.lag.health.ConnectionStatus;
import io.eventlens.web.catalog.CatalogService;
import io.eventlens.web.catalog.CatalogState;
import io.eventlens.web.dlq.DlqService;
import io.eventlens.web.flows.FlowsService;
import io.eventlens.web.lag.LagCard;
import io.eventlens.web.lag.LagService;
import io.eventlens.web.status.SystemStatus;
import io.eventlens.web.traces.TraceStoreStatus;
import jakarta.annotation.security.PermitAll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The first page: what EventLens is connected to, and a card per feature. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Dashboard · EventLens")
@PermitAll
public class DashboardView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public DashboardView(
            SystemStatus status,
            CatalogService catalog,
            FlowsService flows,
            TraceStoreStatus traces,
            LagService lag,
            DlqService dlq) {
        SystemStatus.Snapshot snapshot = status.snapshot();
        Div connections = grid(
                connectionCard(
                        "Kafka", snapshot.demo() ? "Embedded demo broker" : "Configured cluster", snapshot.kafka()),
                connectionCard("Redis", "Redis Streams sources", snapshot.redis()),
                card(
                        "Database",
                        snapshot.database().kind(),
                        wrapped(snapshot.database().location())));
        Div features = grid(
                catalogCard(catalog.state()),
                flowsCard(flows.report()),
                emptyCard("Governance", "No compatibility checks yet."),
                card("Lag", "Worst consumer groups", LagCard.body(lag)),
                dlqCard(dlq),
                tracesCard(traces));
        add(new H2("Dashboard"), connections, features);
    }

    private static Component catalogCard(CatalogState state) {
        if (state.documents().isEmpty()) {
            return emptyCard("Catalog", "No AsyncAPI documents loaded yet.");
        }
        int shared = state.current().sharedDefinitions().size();
        Paragraph counts = new Paragraph(state.current().applications().size() + " services · "
                + state.current().channels().size() + " channels · "
                + state.messageKeys().size() + " messages"
                + (shared == 0
                        ? ""
                        : " · " + shared + (shared == 1 ? " document" : " documents") + " of shared definitions"));
        counts.addClassName("catalog-counts");
        Component card =
                card("Catalog", (state.documents().size() - state.failed().size()) + " document(s) loaded", counts);
        if (!state.failed().isEmpty()) {
            Paragraph failed = new Paragraph(state.failed().size() + " did not load: "
                    + String.join(
                            ", ", state.failed().stream().map(d -> d.file()).toList()));
            failed.addClassName("catalog-failed");
            failed.getStyle().set("color", "var(--lumo-error-text-color)").set("overflow-wrap", "anywhere");
            ((VerticalLayout) card).add(failed);
        }
        return card;
    }

    private static Component dlqCard(DlqService dlq) {
        var queues = dlq.queues().stream()
                .filter(q -> q.depth().queue().kind() == QueueKind.DEAD_LETTER)
                .toList();
        if (queues.isEmpty()) {
            return emptyCard("DLQ", "No dead-letter queues found yet.");
        }
        long records = queues.stream().mapToLong(q -> q.depth().depth()).sum();
        long growing = queues.stream().filter(q -> q.growthPerMinute() > 0).count();
        Paragraph counts = new Paragraph(queues.size() + " dead-letter queues · " + records + " records"
                + (growing == 0 ? "" : " · " + growing + " growing"));
        counts.addClassName("dlq-counts");
        return card("DLQ", "Dead-letter queues", counts, new Anchor("dlq", "Inspect"));
    }

    /** Recent failed business actions, each a link to its timeline. */
    private static Component tracesCard(TraceStoreStatus traces) {
        var failures = traces.recentFailures(5);
        if (failures.isEmpty()) {
            return emptyCard("Traces", "No failed business actions. " + traces.summary());
        }
        Component[] links = failures.stream()
                .map(f -> new Anchor(
                        "traces?correlation=" + URLEncoder.encode(f.correlationId(), StandardCharsets.UTF_8),
                        f.correlationId()))
                .peek(a -> a.addClassName("failed-action"))
                .toArray(Component[]::new);
        return card("Traces", "Recent failed business actions", links);
    }

    private static Component flowsCard(FlowReport report) {
        int findings = report.findings().size();
        Anchor link = new Anchor("flows", findings == 0 ? "Open the graph" : "See the findings beside the graph");
        link.addClassName("flows-card-link");
        Paragraph count = new Paragraph(findings + (findings == 1 ? " finding" : " findings") + " in "
                + report.graph().nodes().size() + " nodes of the producer/consumer graph");
        count.addClassName("flows-findings-count");
        return card("Flows", "", count, link);
    }

    private static Div grid(Component... cards) {
        Div grid = new Div(cards);
        grid.getStyle()
                .set("display", "grid")
                .set("gap", "var(--lumo-space-m)")
                .set("width", "100%")
                .set("grid-template-columns", "repeat(auto-fill, minmax(16rem, 1fr))");
        return grid;
    }

    private static Component connectionCard(String title, String subtitle, ConnectionStatus status) {
        Span state = new Span(status.connected() ? "Connected" : "Not connected");
        state.getElement().getThemeList().add(status.connected() ? "badge success" : "badge error");
        state.addClassName("connection-state");
        return card(
                title,
                subtitle,
                state,
                wrapped(status.target() + (status.connected() ? " · " : ": ") + status.detail()));
    }

    private static Paragraph wrapped(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.getStyle().set("overflow-wrap", "anywhere").set("margin-bottom", "0");
        return paragraph;
    }

    private static Component emptyCard(String title, String message) {
        Paragraph empty = new Paragraph(message);
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return card(title, "", empty);
    }

    private static Component card(String title, String subtitle, Component... body) {
        VerticalLayout card = new VerticalLayout();
        card.addClassName("dashboard-card");
        card.setSpacing(false);
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-base-color)");
        H3 heading = new H3(title);
        heading.getStyle().set("margin", "0");
        card.add(heading);
        if (!subtitle.isEmpty()) {
            Span sub = new Span(subtitle);
            sub.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            card.add(sub);
        }
        card.add(body);
        return card;
    }
}
