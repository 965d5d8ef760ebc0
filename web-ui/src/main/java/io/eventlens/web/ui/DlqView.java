package io.eventlens.web.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route(value = "dlq", layout = MainLayout.class)
@PageTitle("DLQ · EventLens")
@PermitAll
public class DlqView extends PlannedView {

    private static final long serialVersionUID = 1L;

    public DlqView() {
        super(
                "DLQ",
                "dead-letter queues with their depth, the dead-lettered events and their headers, and safe replay.");
    }
}
