package io.eventlens.web.dlq;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.eventlens.dlq.audit.AuditEntry;
import io.eventlens.web.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/** Every replay, dry run and fix: who, when, what, where to, outcome; a fix shows both payloads. */
@Route(value = "dlq/audit", layout = MainLayout.class)
@PageTitle("DLQ audit · EventLens")
@PermitAll
public class DlqAuditView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public DlqAuditView(DlqService dlq) {
        addClassName("dlq-audit-view");
        setWidthFull();
        Grid<AuditEntry> grid = new Grid<>();
        grid.addClassName("dlq-audit");
        grid.addColumn(e -> e.at().toString()).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(e -> e.action().name()).setHeader("Action").setAutoWidth(true);
        grid.addColumn(AuditEntry::queue).setHeader("DLQ").setAutoWidth(true);
        grid.addColumn(AuditEntry::what).setHeader("What").setFlexGrow(1);
        grid.addColumn(e -> e.target() == null ? "(original topics)" : e.target())
                .setHeader("To")
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::count).setHeader("Records").setAutoWidth(true);
        grid.addColumn(AuditEntry::outcome).setHeader("Outcome").setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(e -> {
            Div details = new Div();
            if (e.originalPayload() != null) {
                details.add(new Div("Before the fix:"), new Pre(e.originalPayload()));
            }
            if (e.fixedPayload() != null) {
                details.add(new Div("As sent:"), new Pre(e.fixedPayload()));
            }
            details.add(new Div("Job: " + (e.jobId() == null ? "–" : e.jobId())));
            return details;
        }));
        grid.setItems(dlq.audit(500));
        grid.setHeight("70vh");
        add(new H2("DLQ audit"), new Anchor("dlq", "Back to the dead-letter queues"), grid);
    }
}
