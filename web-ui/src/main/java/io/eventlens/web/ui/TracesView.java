package io.eventlens.web.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route(value = "traces", layout = MainLayout.class)
@PageTitle("Traces · EventLens")
@PermitAll
public class TracesView extends PlannedView {

    private static final long serialVersionUID = 1L;

    public TracesView() {
        super("Traces", "one business action followed by its correlation ID across every service, span and event.");
    }
}
