package io.eventlens.web.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

@Route(value = "catalog", layout = MainLayout.class)
@PageTitle("Catalog · EventLens")
@PermitAll
public class CatalogView extends PlannedView {

    private static final long serialVersionUID = 1L;

    public CatalogView() {
        super("Catalog", "the event catalog: services, channels, messages and every version of their schemas, with search and AsyncAPI upload.");
    }
}
