package io.eventlens.web.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route(value = "lag", layout = MainLayout.class)
@PageTitle("Lag · EventLens")
@PermitAll
public class LagView extends PlannedView {

    private static final long serialVersionUID = 1L;

    public LagView() {
        super("Lag", "consumer lag of Kafka groups and Redis Streams groups, in messages and seconds, over time.");
    }
}
