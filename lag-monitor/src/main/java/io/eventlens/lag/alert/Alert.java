package io.eventlens.lag.alert;

import static java.util.Objects.requireNonNull;

/**
 * What a notifier sends (the webhook's JSON body).
 *
 * @param event {@code open} when the group left OK, {@code close} when it is OK again
 * @param maxLagSeconds null when unknown or longer than the window
 * @param openedAt the incident's start (ISO-8601), at is this alert's time
 */
public record Alert(
        String event,
        String incidentId,
        String backend,
        String group,
        String status,
        String reason,
        long totalLag,
        Double maxLagSeconds,
        String openedAt,
        String at) {

    public Alert {
        requireNonNull(event, "event");
        requireNonNull(incidentId, "incidentId");
        requireNonNull(group, "group");
    }

    /** One line for the log. */
    public String summary() {
        return "lag incident " + incidentId + " " + event + ": " + backend + " group " + group + " is " + status + " ("
                + reason + ")";
    }
}
