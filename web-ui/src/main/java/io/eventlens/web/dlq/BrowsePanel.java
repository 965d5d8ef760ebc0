package io.eventlens.web.dlq;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.eventlens.dlq.browse.DlqBrowser;
import io.eventlens.dlq.browse.FilterException;
import io.eventlens.dlq.browse.UnknownQueueException;
import io.eventlens.dlq.jobs.Selection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One queue's records: fixed filters (never an expression), the error groups of the matching
 * records, the records themselves with their detail, and the replay controls.
 */
class BrowsePanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final DlqService dlq;
    private final Map<String, TextField> filters = new LinkedHashMap<>();
    private final Paragraph status = new Paragraph();
    private final Grid<DlqBrowser.GroupCount> groups = new Grid<>();
    private final Grid<DlqBrowser.Item> messages = new Grid<>();
    private final MessageDetailPanel detail;
    private final ReplayPanel replay;
    private String queue;

    BrowsePanel(DlqService dlq) {
        this.dlq = dlq;
        this.detail = new MessageDetailPanel(dlq);
        this.replay = new ReplayPanel(dlq);
        addClassName("dlq-browse");
        setPadding(false);
        setVisible(false);
        FlexLayout form = new FlexLayout();
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.getStyle().set("gap", "var(--lumo-space-s)");
        field(form, "from", "From (ISO instant)");
        field(form, "to", "To (ISO instant)");
        field(form, "originalTopic", "Original topic");
        field(form, "exception", "Exception class");
        field(form, "header", "Header (name=value)");
        field(form, "key", "Key");
        field(form, "jsonPath", "JSON path ($.data.x)");
        field(form, "jsonValue", "JSON value");
        Button apply = new Button("Apply filters", e -> load());
        apply.addClassName("dlq-apply");
        form.add(apply);
        status.addClassName("dlq-status");
        groups.addClassName("dlq-groups");
        groups.addColumn(DlqBrowser.GroupCount::count)
                .setHeader("Records")
                .setAutoWidth(true)
                .setFlexGrow(0);
        groups.addColumn(DlqBrowser.GroupCount::key)
                .setHeader("Error group (exception: message pattern)")
                .setFlexGrow(1);
        groups.addComponentColumn(g -> replay.groupButton(g.key()))
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        groups.setAllRowsVisible(true);
        messages.addClassName("dlq-messages");
        messages.setSelectionMode(Grid.SelectionMode.MULTI);
        messages.addColumn(i -> i.message().id())
                .setHeader("Id")
                .setAutoWidth(true)
                .setFlexGrow(0);
        messages.addColumn(i -> i.message().key()).setHeader("Key").setAutoWidth(true);
        messages.addColumn(i -> String.valueOf(i.message().timestamp()))
                .setHeader("Time")
                .setAutoWidth(true);
        messages.addColumn(i -> i.message().headers().originalTopic())
                .setHeader("Original topic")
                .setAutoWidth(true);
        messages.addColumn(i -> i.message().errorGroup()).setHeader("Error").setFlexGrow(1);
        messages.addItemClickListener(
                e -> detail.show(queue, e.getItem().message().id()));
        messages.setHeight("320px");
        messages.asMultiSelect()
                .addValueChangeListener(e -> replay.selected(
                        e.getValue().stream().map(i -> i.message().id()).toList()));
        add(form, status, groups, replay, messages, detail);
    }

    void show(String name) {
        queue = name;
        setVisible(true);
        replay.queue(name, this::filter, this::load);
        detail.clear();
        load();
    }

    private void load() {
        try {
            DlqBrowser.Page page = dlq.browse(queue, filter(), 200);
            groups.setItems(page.groups());
            messages.setItems(page.messages());
            status.setText(page.matched() + " record(s) match of " + page.scanned() + " read"
                    + (page.truncated() ? " (stopped at the scan limit)" : "") + "; "
                    + page.groups().size()
                    + " error group(s)");
            status.getStyle().remove("color");
            status.removeClassName("filter-error");
        } catch (FilterException | UnknownQueueException e) {
            status.setText(e.getMessage());
            status.addClassName("filter-error");
            status.getStyle().set("color", "var(--lumo-error-text-color)");
        }
    }

    private Map<String, String> filter() {
        Map<String, String> values = new LinkedHashMap<>();
        filters.forEach((name, field) -> {
            if (!field.getValue().isBlank()) {
                values.put(name, field.getValue().trim());
            }
        });
        return values;
    }

    Selection selectionOfFilter() {
        return Selection.matching(filter());
    }

    private void field(FlexLayout form, String name, String label) {
        TextField field = new TextField(label);
        field.addClassName("filter-" + name);
        field.setClearButtonVisible(true);
        filters.put(name, field);
        form.add(field);
    }
}
