package io.eventlens.web.lag;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.eventlens.lag.history.StatusChange;
import io.eventlens.lag.monitor.GroupLag;
import io.eventlens.lag.monitor.PartitionLag;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The selected group: its chart over the chosen range, its partitions, its status changes. */
public class GroupDetail extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final transient LagService lag;
    private final H3 title = new H3();
    private final Paragraph reason = new Paragraph();
    private final Select<LagService.Range> range = new Select<>();
    private final LagChart chart = new LagChart();
    private final Grid<PartitionLag> partitions = new Grid<>();
    private final Grid<StatusChange> changes = new Grid<>();
    private transient GroupLag group;

    public GroupDetail(LagService lag) {
        this.lag = lag;
        addClassName("lag-detail");
        setPadding(false);
        range.setItems(LagService.Range.values());
        range.setItemLabelGenerator(LagService.Range::label);
        range.setValue(LagService.Range.HOUR);
        range.addClassName("lag-range");
        range.addValueChangeListener(change -> drawChart());
        reason.addClassName("lag-reason");
        partitionColumns();
        changes.addClassName("lag-changes");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(change -> TIME.format(change.at()))
                .setHeader("When")
                .setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(change -> (change.from() == null ? "" : change.from() + " → ") + change.to())
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(StatusChange::reason).setHeader("Reason").setFlexGrow(3);
        changes.setAllRowsVisible(true);
        add(new HorizontalLayout(title, range), reason, chart, partitions, new H4("Status changes"), changes);
        setVisible(false);
    }

    private void partitionColumns() {
        partitions.addClassName("lag-partitions");
        partitions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        partitions
                .addComponentColumn(p -> LagBadges.of(p.status()))
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        partitions
                .addColumn(p -> p.name(group == null ? "" : group.backend()))
                .setHeader("Partition")
                .setAutoWidth(true);
        partitions
                .addColumn(p -> p.lag() == null ? "unknown" : String.valueOf(p.lag()))
                .setHeader("Lag")
                .setAutoWidth(true)
                .setFlexGrow(0);
        partitions
                .addColumn(p -> p.lagSeconds().text())
                .setHeader("Lag in seconds")
                .setAutoWidth(true);
        partitions
                .addColumn(p -> p.committedOffset() == null ? "none" : String.valueOf(p.committedOffset()))
                .setHeader("Committed")
                .setAutoWidth(true)
                .setFlexGrow(0);
        partitions
                .addColumn(p -> p.logEndOffset() == null ? "unknown" : String.valueOf(p.logEndOffset()))
                .setHeader("Log end")
                .setAutoWidth(true)
                .setFlexGrow(0);
        partitions.addColumn(GroupDetail::details).setHeader("Reason").setFlexGrow(3);
        partitions.setAllRowsVisible(true);
    }

    private static String details(PartitionLag partition) {
        StringBuilder text = new StringBuilder(partition.reason());
        if (!partition.lagNote().isEmpty()) {
            text.append(" · ").append(partition.lagNote());
        }
        if (partition.pending() != null && partition.pending().count() > 0) {
            text.append(" · pending ")
                    .append(partition.pending().count())
                    .append(", oldest ")
                    .append(partition.pending().oldestAge().toSeconds())
                    .append(" s, up to ")
                    .append(partition.pending().maxDeliveries())
                    .append(" deliveries");
        }
        text.append(
                partition.owner() == null
                        ? " · no consumer attached"
                        : " · consumer " + partition.owner().consumerId());
        return text.toString();
    }

    /** Shows the group (or says it is not there); the chart is redrawn on every refresh. */
    public void show(String name, GroupLag current, boolean selectionChanged) {
        setVisible(name != null);
        if (name == null) {
            return;
        }
        group = current;
        if (current == null) {
            title.setText(name);
            reason.setText("No consumer group named '" + name + "' is known now. Groups appear after the next poll"
                    + " once they exist; pick one from the table above.");
            chart.setVisible(false);
            partitions.setItems();
            changes.setItems();
            return;
        }
        title.setText(current.group() + " (" + current.backend() + ") · " + current.status());
        reason.setText(current.reason());
        chart.setVisible(true);
        partitions.setItems(current.partitions());
        partitions.recalculateColumnWidths(); // widths follow the values: a lag grown from 3 to 3,000 is not cut off
        changes.setItems(lag.changes(current));
        drawChart();
    }

    private void drawChart() {
        if (group != null) {
            chart.show(lag.chart(group, range.getValue()));
        }
    }
}
