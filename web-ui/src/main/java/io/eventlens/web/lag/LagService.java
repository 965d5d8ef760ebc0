package io.eventlens.web.lag;

import io.eventlens.lag.history.LagHistoryQueries;
import io.eventlens.lag.history.LagPoint;
import io.eventlens.lag.history.StatusChange;
import io.eventlens.lag.monitor.GroupLag;
import io.eventlens.lag.monitor.LagMonitor;
import io.eventlens.lag.monitor.LagReport;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The one path to lag data for the page, the dashboard card and {@code GET /api/lag}. */
@Service
public class LagService {

    /** The chart ranges offered. */
    public enum Range {
        HOUR("Last hour", Duration.ofHours(1)),
        DAY("Last day", Duration.ofDays(1)),
        WEEK("Last week", Duration.ofDays(7));

        private final String label;
        private final Duration duration;

        Range(String label, Duration duration) {
            this.label = label;
            this.duration = duration;
        }

        public String label() {
            return label;
        }

        public Duration duration() {
            return duration;
        }
    }

    private final LagMonitor monitor;
    private final LagHistoryQueries history;
    private final Clock clock = Clock.systemUTC();

    public LagService(LagMonitor monitor, LagHistoryQueries history) {
        this.monitor = monitor;
        this.history = history;
    }

    /** The latest cycle's report. */
    public LagReport report() {
        return monitor.latest();
    }

    /** Groups worst first: by status, then total lag. */
    public List<GroupLag> worstFirst() {
        return report().groups().stream()
                .sorted(Comparator.comparing(GroupLag::status)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingLong(GroupLag::totalLag).reversed())
                        .thenComparing(GroupLag::group))
                .toList();
    }

    public Optional<GroupLag> group(String name) {
        return report().group(name);
    }

    public List<LagPoint> chart(GroupLag group, Range range) {
        return history.series(group.backend(), group.group(), range.duration(), clock.instant());
    }

    public List<StatusChange> changes(GroupLag group) {
        return history.changes(group.backend(), group.group(), 50);
    }
}
