package io.eventlens.web.catalog;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.eventlens.catalog.model.Service;
import io.eventlens.catalog.model.SharedDefinitions;
import java.util.List;
import java.util.Map;

/**
 * The page of a shared-definitions document, reached from the Catalog page or a search hit: what it
 * defines and who uses it, instead of the sends and receives it does not have.
 */
final class SharedDefinitionsDetails extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    SharedDefinitionsDetails(CatalogService catalog, CatalogState state, SharedDefinitions definitions) {
        Service info = definitions.info();
        addClassName("shared-definitions-details");
        setPadding(false);
        add(new H2(info.title() == null ? info.id() : info.title()));
        add(new Paragraph("Shared definitions (no channels, no operations) · version " + info.version() + " · document "
                + catalog.shown(info.document())
                + (info.owner() == null ? " · no owner declared" : " · owner " + ServiceView.owner(info))));
        if (info.description() != null) {
            add(new Paragraph(info.description()));
        }
        add(new H3("Defines"));
        if (definitions.components().isEmpty()) {
            add(new Paragraph("No components."));
        }
        List<String> messageKeys = state.messageKeys();
        for (Map.Entry<String, List<String>> section : definitions.components().entrySet()) {
            add(section(
                    section.getKey(),
                    section.getValue(),
                    "messages".equals(section.getKey()) ? messageKeys : List.of()));
        }
        add(new H3("Used by"), SharedDefinitionsList.usedBy(definitions));
        add(new Paragraph("Stored versions of its document: "), HistoryView.link(catalog, info.document()));
    }

    /** One section of {@code components}; names that are messages of the catalog link to their page. */
    private static Div section(String name, List<String> entries, List<String> linkable) {
        Div section = new Div(new Span(name + " (" + entries.size() + "): "));
        section.addClassName("components-" + name.replaceAll("[^A-Za-z0-9_-]", "-"));
        section.getStyle().set("overflow-wrap", "anywhere");
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            section.add(linkable.contains(entry) ? CatalogLinks.message(entry, entry) : new Span(entry));
            if (i < entries.size() - 1) {
                section.add(new Span(", "));
            }
        }
        return section;
    }
}
