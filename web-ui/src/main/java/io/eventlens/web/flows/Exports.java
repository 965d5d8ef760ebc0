package io.eventlens.web.flows;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.eventlens.flow.export.ExportFormat;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Download links for every export format; the bytes are the ones {@code GET /api/flows} answers. */
final class Exports {

    private Exports() {}

    static HorizontalLayout links(FlowsService flows) {
        HorizontalLayout links = new HorizontalLayout(new Span("Export:"));
        links.addClassName("flows-exports");
        for (ExportFormat format : ExportFormat.values()) {
            String name = format.name().toLowerCase(Locale.ROOT);
            Anchor anchor = new Anchor(
                    event -> {
                        byte[] bytes = flows.export(format).getBytes(StandardCharsets.UTF_8);
                        event.setFileName("flows." + format.extension());
                        event.setContentType(format.mediaType() + ";charset=UTF-8");
                        event.setContentLength(bytes.length);
                        event.getOutputStream().write(bytes);
                    },
                    AttachmentType.DOWNLOAD,
                    name.toUpperCase(Locale.ROOT));
            anchor.addClassName("flows-export-" + name);
            links.add(anchor);
        }
        return links;
    }
}
