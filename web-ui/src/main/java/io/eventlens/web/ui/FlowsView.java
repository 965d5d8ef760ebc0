package io.eventlens.web.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route(value = "flows", layout = MainLayout.class)
@PageTitle("Flows · EventLens")
@PermitAll
public class FlowsView extends PlannedView {

    private static final long serialVersionUID = 1L;

    public FlowsView() {
        super(
                "Flows",
                "the graph of producers and consumers, from the AsyncAPI documents and from "
                        + "what traces show really happens.");
    }
}
