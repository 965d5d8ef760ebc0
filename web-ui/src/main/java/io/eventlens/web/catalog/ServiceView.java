package io.eventlens.web.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.eventlens.catalog.model.Action;
import io.eventlens.catalog.model.Channel;
import io.eventlens.catalog.model.Operation;
import io.eventlens.catalog.model.Service;
import io.eventlens.catalog.model.SharedDefinitions;
import io.eventlens.web.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/**
 * A service: owner, tags, and what it sends and receives; for a document of shared definitions, what
 * it defines and who uses it. Deep link: {@code catalog/service?id=...}.
 */
@Route(value = "catalog/service", layout = MainLayout.class)
@PageTitle("Service · EventLens")
@PermitAll
public class ServiceView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final CatalogService catalog;

    public ServiceView(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("id")
                .orElse("");
        CatalogState state = catalog.state();
        Service service = state.serviceIds().service(id);
        String renamed = service == null ? state.serviceIds().find(id) : null;
        if (renamed != null) {
            // a link by the service's title, as links were before stable ids: go to its stable address
            event.forwardTo("catalog/service", QueryParameters.simple(Map.of("id", renamed)));
            return;
        }
        if (service == null) {
            add(
                    new H2("No service " + (id.isEmpty() ? "given" : "'" + id + "'")),
                    new Paragraph("The catalog has no service with this id. Pick one on the Catalog page."));
            return;
        }
        SharedDefinitions shared = state.current().sharedDefinitions().stream()
                .filter(d -> d.info().equals(service))
                .findFirst()
                .orElse(null);
        if (shared != null) {
            add(new SharedDefinitionsDetails(catalog, state, shared));
            return;
        }
        add(new H2(service.title() == null ? service.id() : service.title()));
        add(new Paragraph("Version " + service.version() + " · document " + catalog.shown(service.document())
                + (service.owner() == null ? " · no owner declared" : " · owner " + owner(service))));
        if (service.description() != null) {
            add(new Paragraph(service.description()));
        }
        if (!service.tags().isEmpty()) {
            add(new Paragraph("Tags: " + String.join(", ", service.tags())));
        }
        add(new Paragraph("Stored versions of its document: "), HistoryView.link(catalog, service.document()));
        String source = catalog.sourceNamed(service.document());
        add(
                new H3("Changelog"),
                new ChangelogPanel(
                        service.title() == null ? service.id() : service.title(),
                        state.serviceIds().of(service) + "-changelog.md",
                        Changelog.of(catalog, source)));
        add(
                new H3("Sends"),
                operations(state, service, Action.SEND),
                new H3("Receives"),
                operations(state, service, Action.RECEIVE));
        JsonNode tree = state.documentTrees().get(service.document());
        List<ChannelFacts> channels = state.current().channels().stream()
                .filter(c -> service.document().equals(c.document()))
                .map(c -> ChannelFacts.of(tree, c))
                .toList();
        List<String> servers = ChannelFacts.servers(tree);
        Paragraph serverList =
                new Paragraph("Servers: " + (servers.isEmpty() ? "none declared" : String.join("; ", servers)));
        serverList.addClassName("servers");
        add(new H3("Channels, bindings and servers"), bindings(channels), serverList);
    }

    /** Each channel with its bindings and consumer groups, linked to the runtime views that show it. */
    private static Grid<ChannelFacts> bindings(List<ChannelFacts> channels) {
        Grid<ChannelFacts> grid = new Grid<>();
        grid.addClassName("channel-bindings");
        grid.addColumn(ChannelFacts::id).setHeader("Channel").setAutoWidth(true);
        grid.addColumn(ChannelFacts::destination).setHeader("Topic or stream").setAutoWidth(true);
        grid.addColumn(c -> String.join("; ", c.protocols()))
                .setHeader("Bindings")
                .setFlexGrow(1);
        grid.addColumn(c -> String.join(", ", c.groups()))
                .setHeader("Consumer groups")
                .setAutoWidth(true);
        grid.addComponentColumn(ServiceView::runtimeLinks).setHeader("Runtime").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(channels);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static HorizontalLayout runtimeLinks(ChannelFacts channel) {
        HorizontalLayout links = new HorizontalLayout();
        links.setSpacing(true);
        channel.groups()
                .forEach(group -> links.add(
                        new Anchor("lag?" + QueryParameters.of("group", group).getQueryString(), "lag of " + group)));
        links.add(new Anchor("dlq", "DLQs"));
        links.add(new Anchor(
                "traces?"
                        + QueryParameters.of("attr", "messaging.destination.name:" + channel.destination())
                                .getQueryString(),
                "traces"));
        return links;
    }

    static String owner(Service service) {
        String name = service.owner().name() == null ? "" : service.owner().name();
        return service.owner().email() == null
                ? name
                : name + " <" + service.owner().email() + ">";
    }

    private Grid<Operation> operations(CatalogState state, Service service, Action action) {
        List<Operation> operations = state.current().operations().stream()
                .filter(o -> o.service().equals(service.id()) && o.action() == action)
                .toList();
        Grid<Operation> grid = new Grid<>();
        grid.addClassName(action == Action.SEND ? "sends" : "receives");
        grid.addColumn(o -> channel(state, o.channel())).setHeader("Channel").setAutoWidth(true);
        grid.addComponentColumn(o -> {
                    VerticalLayout links = new VerticalLayout();
                    links.setPadding(false);
                    links.setSpacing(false);
                    o.messages().forEach(key -> links.add(CatalogLinks.message(key, key)));
                    return links;
                })
                .setHeader("Messages")
                .setAutoWidth(true);
        grid.addColumn(o -> o.summary() == null ? "" : o.summary())
                .setHeader("Summary")
                .setFlexGrow(1);
        grid.setItems(operations);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static String channel(CatalogState state, String id) {
        return state.current().channels().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .map(ServiceView::describe)
                .orElse(id);
    }

    private static String describe(Channel channel) {
        String bindings = channel.bindings().isEmpty()
                ? ""
                : " ("
                        + String.join(
                                ", ",
                                channel.bindings().stream()
                                        .map(b -> b.protocol() + ": " + b.destination())
                                        .toList())
                        + ")";
        return (channel.address() == null ? channel.id() : channel.address()) + bindings;
    }
}
