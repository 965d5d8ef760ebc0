package io.eventlens.web.lag;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.eventlens.lag.monitor.GroupLag;
import io.eventlens.lag.time.LagSeconds;
import java.util.List;
import java.util.function.Consumer;

/** One row per consumer group: status, backend, name, lag in messages and seconds, reason. */
public class GroupsGrid extends Grid<GroupLag> {

    private static final long serialVersionUID = 1L;

    public GroupsGrid(Consumer<GroupLag> onSelect) {
        addClassName("lag-groups");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addComponentColumn(group -> LagBadges.of(group.status()))
                .setHeader("Status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(GroupLag::backend).setHeader("Backend").setAutoWidth(true).setFlexGrow(0);
        addColumn(GroupLag::group).setHeader("Group").setAutoWidth(true);
        addColumn(GroupLag::totalLag)
                .setHeader("Lag (messages)")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(GroupsGrid::seconds).setHeader("Max lag").setAutoWidth(true).setFlexGrow(0);
        addColumn(GroupLag::reason).setHeader("Reason").setFlexGrow(3);
        setAllRowsVisible(true);
        addItemClickListener(click -> onSelect.accept(click.getItem()));
    }

    public void show(List<GroupLag> groups) {
        setItems(groups);
    }

    static String seconds(GroupLag group) {
        if (group.beyondWindow()) {
            return "> window";
        }
        return group.maxLagSeconds() == null ? "unknown" : new LagSeconds.Known(group.maxLagSeconds()).text();
    }
}
