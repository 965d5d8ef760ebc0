package io.eventlens.lag.history;

import io.eventlens.lag.monitor.GroupLag;
import io.eventlens.lag.monitor.LagListener;
import io.eventlens.lag.monitor.LagReport;
import io.eventlens.lag.status.Status;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Records each change of a group's status (the first status seen counts as a change from nothing)
 * and hands it on, e.g. to the alerts.
 */
public final class StatusChangeLog implements LagListener {

    private final LagHistoryQueries history;
    private final Consumer<GroupChange> next;
    private final Map<String, Status> last = new HashMap<>();

    /** A change with the group as it is now. */
    public record GroupChange(Status from, GroupLag group, Instant at) {}

    public StatusChangeLog(LagHistoryQueries history, Consumer<GroupChange> next) {
        this.history = Objects.requireNonNull(history, "history");
        this.next = Objects.requireNonNull(next, "next");
    }

    @Override
    public void onReport(LagReport report) {
        Map<String, Status> seen = new HashMap<>();
        for (GroupLag group : report.groups()) {
            Status before = last.get(group.key());
            seen.put(group.key(), group.status());
            if (before != group.status()) {
                history.recordChange(new StatusChange(
                        group.backend(),
                        group.group(),
                        report.at(),
                        before == null ? null : before.name(),
                        group.status().name(),
                        group.reason()));
                next.accept(new GroupChange(before, group, report.at()));
            }
        }
        last.keySet().retainAll(seen.keySet());
        last.putAll(seen);
    }
}
