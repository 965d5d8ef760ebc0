package io.eventlens.web.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.eventlens.catalog.model.Action;
import io.eventlens.catalog.model.Message;
import io.eventlens.lint.payload.PayloadValidation;
import io.eventlens.web.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A message: its schema as a tree, examples, producers and consumers, and any two of its versions
 * side by side. Deep link: {@code catalog/message?key=...&left=v1&right=v2}.
 */
@Route(value = "catalog/message", layout = MainLayout.class)
@PageTitle("Message · EventLens")
@PermitAll
public class MessageView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final CatalogService catalog;
    private final Div diff = new Div();

    public MessageView(CatalogService catalog) {
        this.catalog = catalog;
        diff.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters query = event.getLocation().getQueryParameters();
        String key = query.getSingleParameter("key").orElse("");
        CatalogState state = catalog.state();
        List<Message> versions = state.versions(key);
        if (versions.isEmpty()) {
            add(
                    new H2("No message " + (key.isEmpty() ? "given" : "'" + key + "'")),
                    new Paragraph("The catalog has no message with this key. Search for it on the Catalog page."));
            return;
        }
        Message latest = state.shown(key);
        add(new H2(CatalogState.heading(latest)));
        setSpacing(false);
        add(new Paragraph("Latest schema version " + latest.schemaVersion() + " · " + versions.size() + " version(s)"
                + (latest.correlationIdLocation() == null
                        ? ""
                        : " · correlation id at " + latest.correlationIdLocation())));
        if (latest.description() != null) {
            add(new Paragraph(latest.description()));
        }
        add(
                services(state, "Producers", state.current().servicesThat(Action.SEND, key)),
                services(state, "Consumers", state.current().servicesThat(Action.RECEIVE, key)),
                channels(state.channelsOf(key)));
        // spans carry the message's name as event.type (the consumers of the reference system set it)
        Anchor traces = new Anchor(
                "traces?"
                        + QueryParameters.of("attr", "event.type:" + latest.name())
                                .getQueryString(),
                "Recent traces of this message");
        traces.addClassName("message-traces");
        add(traces);
        MessageDetails details = state.details(key);
        add(new H3("Payload" + (details.format().isEmpty() ? "" : " (" + details.format() + ")")));
        if (details.problem() != null) {
            add(new Paragraph(details.problem()));
        }
        add(payload(details, latest));
        if (latest.headers() != null) {
            add(new H3("Headers"), SchemaTree.of(details.headers(), "headers-tree"));
        }
        if (!details.examples().isEmpty()) {
            add(new H3("Examples"));
            details.examples().forEach(this::example);
        }
        add(new H3("Changelog"), new ChangelogPanel(key, key + "-changelog.md", changelog(key, versions)));
        add(new H3("Versions"), versionPicker(key, versions, query), diff);
    }

    /** The versions of the documents declaring the message in which its part of them changed, newest first. */
    private List<Changelog.Entry> changelog(String key, List<Message> versions) {
        List<Changelog.Entry> entries = new ArrayList<>();
        versions.stream()
                .map(Message::document)
                .distinct()
                .forEach(document -> entries.addAll(
                        Changelog.of(catalog, catalog.sourceNamed(document), Changelog.about(key), false)));
        entries.sort(Comparator.comparing(Changelog.Entry::arrived).reversed());
        return entries;
    }

    /** The tree, and a toggle to the schema as written with line numbers. */
    private Div payload(MessageDetails details, Message latest) {
        Div tree = new Div(SchemaTree.of(details.payload(), "payload-tree"));
        tree.setWidthFull();
        Div raw = new Div(RawSchema.of(pretty(latest.payload())));
        raw.setWidthFull();
        raw.setVisible(false);
        Button toggle = new Button("Show the raw schema");
        toggle.addClassName("raw-schema-toggle");
        toggle.addClickListener(e -> {
            raw.setVisible(!raw.isVisible());
            tree.setVisible(!raw.isVisible());
            toggle.setText(raw.isVisible() ? "Show the tree" : "Show the raw schema");
        });
        Div payload = new Div(toggle, tree, raw);
        payload.setWidthFull();
        return payload;
    }

    private void example(MessageDetails.Example example) {
        Span verdict = new Span(example.verdict());
        verdict.addClassNames(
                "example-verdict", "example-" + example.outcome().name().toLowerCase());
        verdict.getElement()
                .getThemeList()
                .add("badge "
                        + (example.outcome() == PayloadValidation.Outcome.VALID
                                ? "success"
                                : example.outcome() == PayloadValidation.Outcome.INVALID ? "error" : "contrast"));
        Div box = new Div(new HorizontalLayout(new Span(example.name()), verdict));
        box.addClassName("message-example");
        box.setWidthFull();
        example.problems().forEach(problem -> box.add(new Paragraph(problem)));
        box.add(pre(example.value()));
        add(box);
    }

    private static HorizontalLayout channels(List<String> ids) {
        HorizontalLayout row = new HorizontalLayout(new Paragraph("Channels:"));
        row.addClassName("channels");
        row.setAlignItems(Alignment.BASELINE);
        row.add(new Paragraph(ids.isEmpty() ? "none declared" : String.join(", ", ids)));
        return row;
    }

    private static HorizontalLayout services(CatalogState state, String title, List<String> ids) {
        HorizontalLayout row = new HorizontalLayout(new Paragraph(title + ":"));
        row.addClassName(title.toLowerCase());
        row.setAlignItems(Alignment.BASELINE);
        if (ids.isEmpty()) {
            row.add(new Paragraph("none declared"));
        }
        ids.forEach(id -> row.add(CatalogLinks.service(state.serviceIds().of(id), id)));
        return row;
    }

    private HorizontalLayout versionPicker(String key, List<Message> versions, QueryParameters query) {
        List<String> names = versions.stream().map(Message::schemaVersion).toList();
        Select<String> left = new Select<>("Compare", e -> {}, names.toArray(String[]::new));
        Select<String> right = new Select<>("with", e -> {}, names.toArray(String[]::new));
        left.addClassName("left-version");
        right.addClassName("right-version");
        left.setValue(pick(query, "left", names, Math.max(0, names.size() - 2)));
        right.setValue(pick(query, "right", names, names.size() - 1));
        left.addValueChangeListener(e -> showDiff(key, versions, left.getValue(), right.getValue(), true));
        right.addValueChangeListener(e -> showDiff(key, versions, left.getValue(), right.getValue(), true));
        showDiff(key, versions, left.getValue(), right.getValue(), false);
        HorizontalLayout picker = new HorizontalLayout(left, right);
        picker.setAlignItems(Alignment.BASELINE);
        return picker;
    }

    private static String pick(QueryParameters query, String name, List<String> names, int fallback) {
        return query.getSingleParameter(name).filter(names::contains).orElse(names.get(fallback));
    }

    private void showDiff(String key, List<Message> versions, String left, String right, boolean updateUrl) {
        diff.removeAll();
        Message a = versions.stream()
                .filter(m -> m.schemaVersion().equals(left))
                .findFirst()
                .orElseThrow();
        Message b = versions.stream()
                .filter(m -> m.schemaVersion().equals(right))
                .findFirst()
                .orElseThrow();
        if (Objects.equals(left, right)) {
            diff.add(new Paragraph(
                    versions.size() == 1
                            ? "Only one version so far: upload another to compare."
                            : "Pick two different versions to compare."));
        } else {
            diff.add(new SideBySideDiff(
                    "Version " + left, pretty(a.payload()), "Version " + right, pretty(b.payload())));
        }
        if (updateUrl) {
            getUI().ifPresent(ui ->
                    ui.getPage().getHistory().replaceState(null, CatalogLinks.messageUrl(key, left, right)));
        }
    }

    private static Pre pre(JsonNode node) {
        Pre pre = new Pre(pretty(node));
        pre.getStyle()
                .set("white-space", "pre-wrap")
                .set("overflow-wrap", "anywhere")
                .set("width", "100%");
        return pre;
    }

    static String pretty(JsonNode node) {
        if (node == null) {
            return "(no payload schema)";
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            return node.toString();
        }
    }
}
