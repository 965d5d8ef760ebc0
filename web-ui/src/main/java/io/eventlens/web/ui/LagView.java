package io.eventlens.web.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.eventlens.lag.monitor.GroupLag;
import io.eventlens.lag.monitor.SourceHealth;
import io.eventlens.lag.source.SourceState;
import io.eventlens.web.lag.GroupDetail;
import io.eventlens.web.lag.GroupsGrid;
import io.eventlens.web.lag.LagService;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/**
 * Every consumer group's lag and status, refreshed every few seconds; a group's chart, partitions and
 * status changes below. Deep link: {@code /lag?group=<name>}.
 */
@Route(value = "lag", layout = MainLayout.class)
@PageTitle("Lag · EventLens")
@PermitAll
public class LagView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final transient LagService lag;
    private final Div sources = new Div();
    private final GroupsGrid groups;
    private final GroupDetail detail;
    private String selected;
    private Registration polling;

    public LagView(LagService lag) {
        this.lag = lag;
        this.groups = new GroupsGrid(group ->
                getUI().ifPresent(ui -> ui.navigate("lag", QueryParameters.simple(Map.of("group", group.group())))));
        this.detail = new GroupDetail(lag);
        sources.addClassName("lag-sources");
        sources.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-m)")
                .set("flex-wrap", "wrap");
        setWidthFull();
        add(new H2("Lag"), sources, groups, detail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        selected = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("group")
                .orElse(null);
        refresh(true);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(5_000);
        polling = event.getUI().addPollListener(poll -> refresh(false));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    private void refresh(boolean selectionChanged) {
        sources.removeAll();
        for (SourceHealth source : lag.report().sources()) {
            Span state = new Span(source.backend() + " " + source.state().label()
                    + (source.reason().isEmpty() ? "" : ": " + source.reason()));
            state.addClassName("lag-source");
            state.getElement().getThemeList().add(source.state() == SourceState.UP ? "badge success" : "badge error");
            sources.add(state);
        }
        if (lag.report().sources().isEmpty()) {
            sources.add(new Paragraph("The first poll has not finished yet."));
        }
        groups.show(lag.worstFirst());
        GroupLag group = selected == null ? null : lag.group(selected).orElse(null);
        detail.show(selected, group, selectionChanged);
    }
}
