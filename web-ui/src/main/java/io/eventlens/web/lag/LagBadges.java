package io.eventlens.web.lag;

import com.vaadin.flow.component.html.Span;
import io.eventlens.lag.status.Status;

/** A status as a Lumo badge: OK green, WARN plain, ERR and worse red. */
public final class LagBadges {

    private LagBadges() {}

    public static Span of(Status status) {
        Span badge = new Span(status.name());
        badge.addClassName("lag-status");
        badge.getElement()
                .getThemeList()
                .add(
                        switch (status) {
                            case OK -> "badge success";
                            case WARN -> "badge contrast";
                            default -> "badge error";
                        });
        return badge;
    }
}
