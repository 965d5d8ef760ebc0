package io.eventlens.web.catalog;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import io.eventlens.catalog.load.DocumentLoad;
import java.util.List;

/** Operator only: upload an AsyncAPI document; its problems are listed when it does not load. */
class UploadPanel extends Details {

    private static final long serialVersionUID = 1L;

    private final Div result = new Div();

    /** @param maxBytes the largest upload: eventlens.limits.max-request-body, as for the web API */
    UploadPanel(CatalogService catalog, Runnable afterUpload, long maxBytes) {
        super("Upload an AsyncAPI document");
        addClassName("upload-panel");
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            DocumentLoad load = catalog.upload(metadata.fileName(), bytes);
            UI ui = UI.getCurrent();
            Runnable show = () -> {
                show(load);
                upload.clearFileList();
                afterUpload.run();
            };
            if (ui != null) {
                ui.access(show::run);
            }
        }));
        upload.setAcceptedFileTypes(".yaml", ".yml", ".json");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.addFileRejectedListener(e -> Notification.show(
                        e.getErrorMessage() + " (YAML or JSON up to " + maxBytes
                                + " bytes: eventlens.limits.max-request-body).",
                        6_000,
                        Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR));
        result.addClassName("upload-result");
        add(
                new Paragraph(
                        "AsyncAPI 2.0–2.6 or 3.0, YAML or JSON. A new version of a document replaces the current one;"
                                + " earlier message versions stay in the history."),
                upload,
                result);
        setOpened(true);
    }

    private void show(DocumentLoad load) {
        result.removeAll();
        if (load.loaded()) {
            Paragraph ok = new Paragraph(load.file() + " loaded"
                    + (load.problems().isEmpty()
                            ? "."
                            : " with " + load.problems().size() + " warning(s):"));
            ok.addClassName("upload-ok");
            result.add(ok);
            if (!load.problems().isEmpty()) {
                result.add(ProblemList.of(List.of(load)));
            }
        } else {
            Paragraph failed = new Paragraph(load.file() + " did not load; nothing was changed:");
            failed.addClassName("upload-failed");
            failed.getStyle().set("color", "var(--lumo-error-text-color)");
            result.add(failed, ProblemList.of(List.of(load)));
        }
    }
}
