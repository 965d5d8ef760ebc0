package io.eventlens.web.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

@Route(value = "governance", layout = MainLayout.class)
@PageTitle("Governance · EventLens")
@PermitAll
public class GovernanceView extends PlannedView {

    private static final long serialVersionUID = 1L;

    public GovernanceView() {
        super("Governance", "schema compatibility verdicts (BACKWARD, FORWARD, FULL), document diffs and event-design lint, with the consumers each breaking change hurts.");
    }
}
