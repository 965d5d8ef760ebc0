package io.eventlens.web.governance;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.eventlens.catalog.load.LimitExceededException;
import io.eventlens.lint.compat.Mode;
import io.eventlens.lint.compat.Policy;
import io.eventlens.lint.diff.MessageVerdict;
import io.eventlens.web.config.EventLensProperties;
import io.eventlens.web.flows.BlastRadiusPanel;
import io.eventlens.web.flows.FlowsService;
import io.eventlens.web.heavy.HeavyWork;
import io.eventlens.web.heavy.HeavyWorkRefusedException;
import io.eventlens.web.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Check a new version of an AsyncAPI document against the catalog, or two versions of a JSON Schema:
 * every change with its pointer, kind, old and new value and why it breaks, and the consumers hurt.
 */
@Route(value = "governance", layout = MainLayout.class)
@PageTitle("Governance · EventLens")
@PermitAll
public class GovernanceView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final GovernanceService governance;
    private final FlowsService flows;
    private final HeavyWork heavy;
    private final Select<Mode> mode = new Select<>();
    private final Select<Policy> policy = new Select<>();
    private final TextArea document = monospace("New version of an AsyncAPI document (YAML or JSON)");
    private final TextArea oldSchema = monospace("Old version (JSON Schema or Avro, JSON or YAML)");
    private final TextArea newSchema = monospace("New version");
    private final Div result = new Div();
    private String documentName = "candidate.yaml";

    private final long maxUpload;

    public GovernanceView(
            GovernanceService governance, FlowsService flows, HeavyWork heavy, EventLensProperties properties) {
        this.governance = governance;
        this.flows = flows;
        this.heavy = heavy;
        this.maxUpload = properties.limits().maxRequestBody().toBytes();
        mode.setLabel("Mode");
        mode.setItems(Mode.values());
        mode.setValue(Mode.BACKWARD);
        mode.addClassName("mode");
        policy.setLabel("Policy");
        policy.setItems(Policy.values());
        policy.setValue(Policy.STRICT);
        policy.setHelperText("STRICT: adding a property to an open model breaks, as in schema registries");
        policy.addClassName("policy");
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("AsyncAPI document", documentTab());
        tabs.add("Schemas (JSON Schema or Avro)", schemaTab());
        result.addClassName("governance-result");
        result.setWidthFull();
        add(
                new H2("Governance"),
                new Paragraph("Check a change before it merges: a new version of a document against every version the"
                        + " catalog knows, or two versions of a schema (JSON Schema or Avro). "
                        + "For a pull request, FORWARD (or FULL) is the"
                        + " consumers' question: can readers built on the old schema read what the new one allows?"
                        + " The same checks run in CI: java -jar eventlens.jar compat --mode FORWARD OLD NEW"
                        + " (docs/ci.md)."),
                new HorizontalLayout(mode, policy),
                tabs,
                result);
    }

    /** {@code governance?mode=FULL&policy=LENIENT} opens with that mode and policy (a link a team can share). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        try {
            query.getSingleParameter("mode").map(Mode::parse).ifPresent(mode::setValue);
            query.getSingleParameter("policy").map(Policy::parse).ifPresent(policy::setValue);
        } catch (IllegalArgumentException e) {
            result.removeAll();
            showInputError(e);
        }
    }

    private VerticalLayout documentTab() {
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    documentName = metadata.fileName();
                    document.setValue(new String(bytes, StandardCharsets.UTF_8));
                    upload.clearFileList();
                });
            }
        }));
        upload.setAcceptedFileTypes(".yaml", ".yml", ".json");
        // the same limit as the web API's, and said
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxUpload));
        Paragraph limit = new Paragraph("YAML or JSON, up to "
                + (maxUpload % (1024 * 1024) == 0 ? maxUpload / (1024 * 1024) + " MB" : maxUpload + " bytes")
                + " (eventlens.limits.max-request-body)");
        limit.addClassName("upload-limit");
        Button check = new Button("Check document against the catalog", e -> checkDocument());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClassName("check-document");
        VerticalLayout tab = new VerticalLayout(document, upload, limit, check);
        tab.setPadding(false);
        return tab;
    }

    private VerticalLayout schemaTab() {
        Button check = new Button("Check schemas", e -> checkSchemas());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClassName("check-schemas");
        oldSchema.addClassName("old-schema");
        newSchema.addClassName("new-schema");
        HorizontalLayout both = new HorizontalLayout(oldSchema, newSchema);
        both.setWidthFull();
        VerticalLayout tab = new VerticalLayout(both, check);
        tab.setPadding(false);
        return tab;
    }

    private void checkDocument() {
        result.removeAll();
        GovernanceService.DocumentCheck check;
        String name = documentName;
        byte[] content = document.getValue().getBytes(StandardCharsets.UTF_8);
        Mode checkedMode = mode.getValue();
        Policy checkedPolicy = policy.getValue();
        try {
            // on the same bounded pool, with the same deadline, as POST /api/governance/check
            check = heavy.run(
                    "Check document", () -> governance.checkDocument(name, content, checkedMode, checkedPolicy));
        } catch (IllegalArgumentException | LimitExceededException | HeavyWorkRefusedException e) {
            showInputError(e);
            return;
        }
        if (check.messages().isEmpty()) {
            result.add(new Paragraph("The document has no messages to check."));
        }
        Paragraph overall = new Paragraph(
                check.passed()
                        ? "Passes: no message breaks under " + policy.getValue() + " " + mode.getValue() + "."
                        : "Fails: at least one message breaks under " + policy.getValue() + " " + mode.getValue()
                                + ".");
        overall.addClassName("overall");
        result.add(overall);
        for (MessageVerdict message : check.messages()) {
            String title = message.messageKey() + " " + message.candidateVersion()
                    + (message.comparedVersions().isEmpty()
                            ? " (new message)"
                            : " vs " + String.join(", ", message.comparedVersions()));
            result.add(new VerdictPanel(title, message));
            result.add(BlastRadiusPanel.of(flows, message.messageKey(), message.hurtConsumers()));
        }
    }

    private void checkSchemas() {
        result.removeAll();
        List<String> versions = List.of(oldSchema.getValue(), newSchema.getValue());
        Mode checkedMode = mode.getValue();
        Policy checkedPolicy = policy.getValue();
        try {
            result.add(new VerdictPanel(
                    "New version vs old",
                    heavy.run("Check schemas", () -> governance.checkSchemas(versions, checkedMode, checkedPolicy))));
        } catch (IllegalArgumentException | LimitExceededException | HeavyWorkRefusedException e) {
            showInputError(e);
        }
    }

    /** Bad input, in the words the CLI and REST use for it. */
    private void showInputError(RuntimeException e) {
        Paragraph error = new Paragraph(e.getMessage());
        error.addClassName("input-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-wrap");
        result.add(error);
    }

    private static TextArea monospace(String label) {
        TextArea area = new TextArea(label);
        area.setWidthFull();
        area.setMinHeight("12rem");
        area.setMaxHeight("24rem");
        area.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        return area;
    }
}
