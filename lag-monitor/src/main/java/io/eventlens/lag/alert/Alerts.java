package io.eventlens.lag.alert;

import io.eventlens.lag.history.StatusChangeLog.GroupChange;
import io.eventlens.lag.monitor.GroupLag;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Burrow's notifier semantics on status changes: when a group leaves OK an incident opens and its
 * alert is sent once (send-once); while it stays not OK nothing more is sent; when it is OK again
 * the incident closes and a close alert is sent (send-close). A failing notifier never stops another.
 */
public final class Alerts implements Consumer<GroupChange> {

    private static final Logger LOG = LoggerFactory.getLogger(Alerts.class);

    private final IncidentStore incidents;
    private final List<Notifier> notifiers;

    public Alerts(IncidentStore incidents, List<Notifier> notifiers) {
        this.incidents = incidents;
        this.notifiers = List.copyOf(notifiers);
    }

    @Override
    public void accept(GroupChange change) {
        GroupLag group = change.group();
        boolean wasProblem = change.from() != null && change.from().isProblem();
        if (group.status().isProblem() && !wasProblem) {
            incidents
                    .open(group.backend(), group.group(), group.status().name(), group.reason(), change.at())
                    .ifPresent(incident -> notifyAll(alert("open", incident, group, change)));
        } else if (!group.status().isProblem()) {
            // also on the first status seen: an incident left open by an earlier run closes now
            Optional<Incident> closed = incidents.close(group.backend(), group.group(), change.at());
            closed.ifPresent(incident -> notifyAll(alert("close", incident, group, change)));
        }
    }

    private static Alert alert(String event, Incident incident, GroupLag group, GroupChange change) {
        return new Alert(
                event,
                incident.id(),
                group.backend(),
                group.group(),
                group.status().name(),
                group.reason(),
                group.totalLag(),
                group.maxLagSeconds(),
                incident.openedAt().toString(),
                change.at().toString());
    }

    private void notifyAll(Alert alert) {
        for (Notifier notifier : notifiers) {
            try {
                notifier.send(alert);
            } catch (RuntimeException e) {
                LOG.warn("A lag notifier failed on {}; the others still get it", alert.summary(), e);
            }
        }
    }

    /** Writes every alert to the log. */
    public static Notifier log() {
        return alert -> LOG.warn("{}", alert.summary());
    }
}
