package io.eventlens.web.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.eventlens.flow.trace.BusinessAction;
import io.eventlens.flow.trace.InvalidTraceQueryException;
import io.eventlens.flow.trace.TraceSourceException;
import io.eventlens.web.catalog.CatalogService;
import io.eventlens.web.catalog.CatalogState;
import io.eventlens.web.traces.ActionTimeline;
import io.eventlens.web.traces.TraceSearch;
import io.eventlens.web.traces.TraceStoreStatus;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One business action followed across every service and trace: search by correlation id (no
 * service needed), trace id, record key or {@code KEY:VALUE}; deep links {@code
 * /traces?correlation=<id>} and {@code /traces?trace=<id>}.
 */
@Route(value = "traces", layout = MainLayout.class)
@PageTitle("Traces · EventLens")
@PermitAll
public class TracesView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    /** What the search field holds, as the page shows it, and its query parameter. */
    private static final Map<String, String> KINDS = Map.of(
            "Correlation id", "correlation", "Trace id", "trace", "Record key", "key", "Attribute KEY:VALUE", "attr");

    private final TraceSearch search;
    private final CatalogService catalog;
    private final Select<String> kind = new Select<>();
    private final TextField value = new TextField();
    private final Div results = new Div();

    public TracesView(TraceSearch search, TraceStoreStatus store, CatalogService catalog) {
        this.search = search;
        this.catalog = catalog;
        kind.setItems(List.of("Correlation id", "Trace id", "Record key", "Attribute KEY:VALUE"));
        kind.setValue("Correlation id");
        kind.addClassName("search-kind");
        value.setPlaceholder("e.g. the order id");
        value.setWidth("28rem");
        value.addClassName("search-value");
        Button go = new Button("Search", e -> navigate());
        go.addClassName("search-button");
        value.addKeyPressListener(Key.ENTER, e -> navigate());
        HorizontalLayout bar = new HorizontalLayout(kind, value, go);
        bar.setAlignItems(Alignment.BASELINE);
        Paragraph source = new Paragraph("Searching " + search.sourceName() + " · " + store.summary());
        source.addClassName("trace-store");
        source.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        results.setWidthFull();
        add(new H2("Traces"), bar, source, results);
    }

    private void navigate() {
        String parameter = KINDS.get(kind.getValue());
        getUI().ifPresent(ui -> ui.navigate(TracesView.class, QueryParameters.of(parameter, value.getValue())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        results.removeAll();
        for (Map.Entry<String, String> entry : KINDS.entrySet()) {
            List<String> given = query.get(entry.getValue());
            if (given != null && !given.isEmpty()) {
                kind.setValue(entry.getKey());
                value.setValue(given.get(0));
                show(entry.getValue(), given.get(0));
                return;
            }
        }
    }

    private void show(String parameter, String text) {
        try {
            List<BusinessAction> actions = search.search(TraceSearch.Request.of(
                    parameter.equals("correlation") ? text : null,
                    parameter.equals("trace") ? text : null,
                    parameter.equals("key") ? text : null,
                    parameter.equals("attr") ? text : null,
                    null));
            if (actions.isEmpty()) {
                results.add(note(
                        "Nothing found for " + parameter + " '" + text + "' (spans may still be on their way:"
                                + " exporters send every few seconds).",
                        false));
            }
            actions.forEach(action -> results.add(new ActionTimeline(action, this::catalogMessage)));
        } catch (InvalidTraceQueryException | TraceSourceException e) {
            results.add(note(e.getMessage(), true));
        }
    }

    /** The catalog page of the message whose name is this event type, if the catalog has it. */
    private Optional<String> catalogMessage(String eventType) {
        if (eventType.isEmpty()) {
            return Optional.empty();
        }
        CatalogState state = catalog.state();
        return state.messageKeys().stream()
                .filter(key -> state.versions(key).stream().anyMatch(m -> eventType.equals(m.name())))
                .findFirst()
                .map(key -> "catalog/message?" + QueryParameters.of("key", key).getQueryString());
    }

    private static Paragraph note(String text, boolean error) {
        Paragraph note = new Paragraph(text);
        note.addClassName(error ? "search-error" : "search-empty");
        if (error) {
            note.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return note;
    }
}
