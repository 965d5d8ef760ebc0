package io.eventlens.web.catalog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.eventlens.catalog.model.Service;
import io.eventlens.catalog.model.SharedDefinitions;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Catalog page's documents of shared definitions, kept apart from the services because such a
 * document runs nowhere: one block each, saying what it defines and which services use it. Blocks
 * rather than grid rows, since a library's description and its list of users are long and must wrap.
 */
final class SharedDefinitionsList extends Div {

    private static final long serialVersionUID = 1L;

    SharedDefinitionsList() {
        addClassName("shared-definitions");
        setWidthFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)");
    }

    void setItems(List<SharedDefinitions> items) {
        removeAll();
        items.forEach(definitions -> add(block(definitions)));
    }

    /** What the document's {@code components} declare, e.g. {@code 17 messages · 18 schemas}. */
    static String defines(SharedDefinitions definitions) {
        String counts = definitions.components().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getValue().size() + " " + e.getKey())
                .collect(Collectors.joining(" · "));
        return counts.isEmpty() ? "no components" : counts;
    }

    static String ownerName(Service service) {
        return service.owner() == null || service.owner().name() == null
                ? ""
                : service.owner().name();
    }

    /** Links to the services that use the definitions, or a note that no loaded document does. */
    static Component usedBy(SharedDefinitions definitions) {
        Div users = new Div();
        users.addClassName("used-by");
        if (definitions.usedBy().isEmpty()) {
            users.setText("none found among the loaded documents");
        }
        for (String service : definitions.usedBy()) {
            if (users.getComponentCount() > 0) {
                users.add(new Span(", "));
            }
            users.add(CatalogLinks.service(service, service));
        }
        return users;
    }

    private static Component block(SharedDefinitions definitions) {
        Service info = definitions.info();
        Span file = new Span(" · " + fileName(info.document()));
        file.addClassName("document-name");
        file.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div title = new Div(CatalogLinks.service(info.id(), info.title() == null ? info.id() : info.title()), file);
        title.getStyle().set("font-weight", "600");
        String owner = ownerName(info);
        Div facts = new Div(new Span("Version " + info.version() + (owner.isEmpty() ? "" : " · owner " + owner)
                + " · defines " + defines(definitions)));
        Div users = new Div(new Span("Used by: "), usedBy(definitions));
        users.getComponentAt(1).getElement().getStyle().set("display", "inline");
        Div block = new Div(title, facts);
        if (info.description() != null) {
            Paragraph description = new Paragraph(info.description());
            description.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
            block.add(description);
        }
        block.add(users);
        block.addClassName("shared-definitions-entry");
        block.getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("overflow-wrap", "anywhere")
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-xs)");
        return block;
    }

    /** The file name of a document, which is how users know a library (a path or URL otherwise). */
    private static String fileName(String document) {
        try {
            Path name = Path.of(document).getFileName();
            return name == null ? document : name.toString();
        } catch (InvalidPathException e) {
            return document;
        }
    }
}
