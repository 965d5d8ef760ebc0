package io.eventlens.web.catalog;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A {@link Changelog} on a page: one block per version, breaking findings marked, and a Markdown download. */
final class ChangelogPanel extends Div {

    private static final long serialVersionUID = 1L;

    ChangelogPanel(String title, String fileName, List<Changelog.Entry> entries) {
        addClassName("changelog");
        setWidthFull();
        byte[] markdown = Changelog.markdown(title, entries).getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(markdown), fileName, "text/markdown", markdown.length)),
                "Download as Markdown");
        download.getElement().setAttribute("download", true);
        download.addClassName("changelog-download");
        add(new Paragraph(
                new Span("Verdicts under " + Changelog.MODE + ", " + Changelog.POLICY + ", newest first · "),
                download));
        if (entries.isEmpty()) {
            add(new Paragraph("No stored version changed this yet."));
        }
        entries.forEach(this::entry);
    }

    private void entry(Changelog.Entry entry) {
        Div block = new Div();
        block.addClassName("changelog-entry");
        Span verdict = new Span(entry.verdict());
        verdict.addClassName("changelog-verdict");
        verdict.getElement()
                .getThemeList()
                .add("badge "
                        + (entry.breaking() ? "error" : entry.verdict().equals("compatible") ? "success" : "contrast"));
        block.add(
                new H4((entry.version().isEmpty() ? "" : entry.version() + " · ") + entry.when()),
                new Paragraph(new Span(entry.file() + " · "), verdict));
        if (!entry.changes().isEmpty()) {
            UnorderedList changes = new UnorderedList();
            for (Changelog.Change change : entry.changes()) {
                ListItem item = new ListItem();
                if (change.breaking()) {
                    Span mark = new Span("breaking");
                    mark.getElement().getThemeList().add("badge error");
                    item.add(mark, new Span(" "));
                    item.addClassName("change-breaking");
                }
                item.add(new Span(change.sentence()));
                Span at = new Span(" " + change.pointer());
                at.getStyle().set("color", "var(--lumo-secondary-text-color)");
                item.add(at);
                changes.add(item);
            }
            block.add(changes);
        }
        add(block);
    }
}
