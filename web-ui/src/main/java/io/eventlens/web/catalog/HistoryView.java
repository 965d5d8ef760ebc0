package io.eventlens.web.catalog;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import io.eventlens.catalog.history.CatalogChange;
import io.eventlens.catalog.history.Snapshot;
import io.eventlens.catalog.history.SnapshotComparison;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import io.eventlens.lint.diff.DocumentSide;
import io.eventlens.lint.diff.MessageVerdict;
import io.eventlens.lint.impact.ConsumerImpact;
import io.eventlens.web.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Every stored version of a document, each with what changed against the one before, at the level
 * of services, channels, operations and messages. Deep link: {@code catalog/history?source=...}.
 */
@Route(value = "catalog/history", layout = MainLayout.class)
@PageTitle("History · EventLens")
@PermitAll
public class HistoryView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final CatalogService catalog;

    public HistoryView(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String asked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("source")
                .orElse("");
        if (asked.isEmpty()) {
            add(new H2("History"), new Paragraph("Documents with stored versions:"));
            catalog.sources().forEach(s -> add(link(catalog, s)));
            return;
        }
        String source = catalog.sourceNamed(asked);
        List<Snapshot> versions = catalog.snapshotsOf(source);
        String shown = catalog.shown(source);
        add(
                new H2("History of " + shown),
                new Paragraph(versions.size() + " stored version(s), newest first."),
                new H3("Changelog"),
                new ChangelogPanel(shown, fileName(shown) + "-changelog.md", Changelog.of(catalog, source)),
                new H3("Services, channels, operations and messages, version by version"));
        for (int i = versions.size() - 1; i >= 0; i--) {
            Snapshot snapshot = versions.get(i);
            add(new H3("Version stored " + TIME.format(snapshot.loadedAt()) + " · AsyncAPI "
                    + snapshot.asyncapiVersion()));
            if (i == 0) {
                add(new Paragraph("The first version stored."));
            } else {
                add(changes(SnapshotComparison.compare(versions.get(i - 1), snapshot)));
                add(verdicts(versions.get(i - 1), snapshot));
            }
        }
    }

    static String fileName(String shown) {
        return shown.substring(shown.lastIndexOf('/') + 1).replaceFirst("\\.(ya?ml|json)$", "");
    }

    /** A link to a document's history, by its name as shown (relative to its folder), never its server path. */
    static Anchor link(CatalogService catalog, String source) {
        String shown = catalog.shown(source);
        String url = RouteConfiguration.forSessionScope().getUrl(HistoryView.class) + "?"
                + QueryParameters.simple(Map.of("source", shown)).getQueryString();
        return new Anchor(url, shown);
    }

    /** Each message's compatibility (BACKWARD, STRICT) against the version before. */
    private static Grid<MessageVerdict> verdicts(Snapshot before, Snapshot after) {
        DocumentSide previous = DocumentSide.of(before);
        List<MessageVerdict> verdicts = new ConsumerImpact(Mode.BACKWARD, Policy.STRICT)
                .check(List.of(previous), previous.catalog(), DocumentSide.of(after)).stream()
                        .filter(v -> !v.comparedVersions().isEmpty())
                        .toList();
        Grid<MessageVerdict> grid = new Grid<>();
        grid.addClassName("snapshot-verdicts");
        grid.addColumn(MessageVerdict::messageKey).setHeader("Message").setAutoWidth(true);
        grid.addColumn(v -> v.candidateVersion() + " vs " + String.join(", ", v.comparedVersions()))
                .setHeader("Versions")
                .setAutoWidth(true);
        grid.addColumn(v -> switch (v.kind()) {
                    case COMPATIBLE -> "compatible";
                    case INCOMPATIBLE -> "breaking";
                    case NOT_COMPARABLE -> "not comparable";
                })
                .setHeader("BACKWARD, STRICT")
                .setAutoWidth(true);
        grid.addColumn(v -> String.join(", ", v.hurtConsumers()))
                .setHeader("Consumers hurt")
                .setAutoWidth(true);
        grid.addColumn(MessageVerdict::summary).setHeader("Summary").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(verdicts);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Grid<CatalogChange> changes(List<CatalogChange> changes) {
        Grid<CatalogChange> grid = new Grid<>();
        grid.addClassName("snapshot-changes");
        grid.addColumn(c -> c.change().name().toLowerCase()).setHeader("Change").setAutoWidth(true);
        grid.addColumn(c -> c.element().name().toLowerCase().replace('_', ' '))
                .setHeader("Element")
                .setAutoWidth(true);
        grid.addColumn(CatalogChange::id).setHeader("Id").setFlexGrow(1);
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
