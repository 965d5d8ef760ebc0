package io.eventlens.web.catalog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.eventlens.catalog.model.Action;
import io.eventlens.catalog.model.SearchHit;
import io.eventlens.catalog.model.Service;
import io.eventlens.web.config.EventLensProperties;
import io.eventlens.web.security.Roles;
import io.eventlens.web.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The event catalog: search, services, shared definitions (documents that only define components
 * for others), messages, documents that failed to load, and upload.
 */
@Route(value = "catalog", layout = MainLayout.class)
@PageTitle("Catalog · EventLens")
@PermitAll
public class CatalogView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final CatalogService catalog;
    private final TextField search = new TextField();
    private final Grid<SearchHit> hits = new Grid<>();
    private final Grid<Service> services = new Grid<>();
    private final SharedDefinitionsList shared = new SharedDefinitionsList();
    private final H3 sharedHeading = new H3("Shared definitions");
    private final Grid<String> messages = new Grid<>();
    private final VerticalLayout failed = new VerticalLayout();

    public CatalogView(CatalogService catalog, AuthenticationContext authentication, EventLensProperties properties) {
        this.catalog = catalog;
        search.setPlaceholder("Search names, descriptions and payload fields");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28rem");
        search.addClassName("catalog-search");
        search.addValueChangeListener(e -> refresh());
        Button reload = new Button("Reload folders", VaadinIcon.REFRESH.create(), e -> {
            catalog.reload();
            refresh();
        });
        Anchor history = new Anchor(RouteConfiguration.forSessionScope().getUrl(HistoryView.class), "History");
        reload.addClassName("reload-folders");
        HorizontalLayout toolbar = new HorizontalLayout(search);
        if (authentication.hasRole(Roles.OPERATOR)) { // a viewer gets none; the service refuses one anyway
            toolbar.add(reload);
        }
        toolbar.add(history);
        toolbar.setAlignItems(Alignment.BASELINE);
        configureGrids();
        add(new H2("Catalog"), toolbar, hits);
        if (authentication.hasRole(Roles.OPERATOR)) {
            add(new UploadPanel(
                    catalog, this::refresh, properties.limits().maxRequestBody().toBytes()));
        }
        add(new H3("Services"), services, sharedHeading, shared, new H3("Messages"), messages, failed);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> query =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("q", List.of());
        search.setValue(query.isEmpty() ? "" : query.get(0));
        refresh();
    }

    private void configureGrids() {
        hits.addClassName("search-hits");
        hits.addColumn(this::kind).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        hits.addComponentColumn(h -> switch (h.kind()) {
                    case SERVICE ->
                        CatalogLinks.service(catalog.state().serviceIds().of(h.id()), h.id());
                    case MESSAGE -> CatalogLinks.message(h.id(), h.id());
                    case CHANNEL -> new Paragraph(h.id());
                })
                .setHeader("Name")
                .setAutoWidth(true);
        hits.addColumn(SearchHit::matchedIn).setHeader("Matched in");
        hits.addColumn(h -> catalog.shown(h.document())).setHeader("Document");
        hits.setAllRowsVisible(true);

        services.addClassName("services");
        services.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // every column but the description as narrow as its content, so long descriptions wrap there
        services.addComponentColumn(s -> CatalogLinks.service(
                        catalog.state().serviceIds().of(s), s.title() == null ? s.id() : s.title()))
                .setHeader("Service")
                .setAutoWidth(true)
                .setFlexGrow(0);
        services.addColumn(Service::version)
                .setHeader("Version")
                .setAutoWidth(true)
                .setFlexGrow(0);
        services.addColumn(s -> s.owner() == null ? "" : s.owner().name())
                .setHeader("Owner")
                .setAutoWidth(true)
                .setFlexGrow(0);
        services.addColumn(s -> count(s, Action.SEND))
                .setHeader("Sends")
                .setAutoWidth(true)
                .setFlexGrow(0);
        services.addColumn(s -> count(s, Action.RECEIVE))
                .setHeader("Receives")
                .setAutoWidth(true)
                .setFlexGrow(0);
        services.addColumn(Service::description).setHeader("Description").setFlexGrow(1);
        services.setAllRowsVisible(true);

        messages.addClassName("messages");
        messages.addComponentColumn(key -> CatalogLinks.message(key, key))
                .setHeader("Message")
                .setAutoWidth(true);
        messages.addColumn(key -> catalog.state().versions(key).size())
                .setHeader("Versions")
                .setAutoWidth(true);
        messages.addColumn(key -> String.join(", ", catalog.state().current().servicesThat(Action.SEND, key)))
                .setHeader("Producers");
        messages.addColumn(key -> String.join(", ", catalog.state().current().servicesThat(Action.RECEIVE, key)))
                .setHeader("Consumers");
        messages.setAllRowsVisible(true);
    }

    /** A search finds a shared-definitions document by its {@code info}, as it finds a service: say which it is. */
    private String kind(SearchHit hit) {
        boolean sharedDocument = hit.kind() == SearchHit.Kind.SERVICE
                && catalog.state().current().sharedDefinitions().stream()
                        .anyMatch(d -> d.info().document().equals(hit.document()));
        return sharedDocument ? "shared definitions" : hit.kind().name().toLowerCase(Locale.ROOT);
    }

    private long count(Service service, Action action) {
        return catalog.state().current().operations().stream()
                .filter(o -> o.service().equals(service.id()) && o.action() == action)
                .count();
    }

    void refresh() {
        CatalogState state = catalog.state();
        String query = search.getValue().strip();
        hits.setVisible(!query.isEmpty());
        hits.setItems(query.isEmpty() ? List.of() : state.current().search(query));
        services.setItems(state.current().applications());
        shared.setItems(state.current().sharedDefinitions());
        sharedHeading.setVisible(!state.current().sharedDefinitions().isEmpty());
        shared.setVisible(sharedHeading.isVisible());
        messages.setItems(state.messageKeys());
        failed.removeAll();
        failed.setPadding(false);
        if (!state.failed().isEmpty()) {
            failed.add(new H3("Documents that did not load"), ProblemList.of(state.failed()));
        }
        if (state.storeProblem() != null) {
            Paragraph problem = new Paragraph("Versions are not being stored: " + state.storeProblem());
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            failed.add(problem);
        }
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        "catalog"
                                + (query.isEmpty()
                                        ? ""
                                        : "?"
                                                + QueryParameters.simple(Map.of("q", query))
                                                        .getQueryString())));
    }
}
