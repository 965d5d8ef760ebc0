package io.eventlens.web.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.eventlens.web.catalog.CatalogView;
import io.eventlens.web.flows.FlowsView;
import io.eventlens.web.governance.GovernanceView;
import io.eventlens.web.security.Roles;

/** The shell: a title bar with the user, and the navigation every view plugs into. */
public class MainLayout extends AppLayout {

    private static final long serialVersionUID = 1L;

    public MainLayout(AuthenticationContext authentication) {
        H1 title = new H1("EventLens");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        String user = authentication.getPrincipalName().orElse("?");
        String role = authentication.hasRole(Roles.OPERATOR) ? "may replay and change" : "read-only";
        Span who = new Span(user + " · " + role);
        who.addClassName("current-user");
        Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, who, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(who);
        who.getStyle().set("text-align", "right");
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addItem(
                new SideNavItem("Dashboard", DashboardView.class, VaadinIcon.DASHBOARD.create()),
                new SideNavItem("Catalog", CatalogView.class, VaadinIcon.BOOK.create()),
                new SideNavItem("Governance", GovernanceView.class, VaadinIcon.CHECK_SQUARE_O.create()),
                new SideNavItem("Flows", FlowsView.class, VaadinIcon.CLUSTER.create()),
                new SideNavItem("Traces", TracesView.class, VaadinIcon.SEARCH.create()),
                new SideNavItem("Lag", LagView.class, VaadinIcon.TIME_FORWARD.create()),
                new SideNavItem("DLQ", DlqView.class, VaadinIcon.WARNING.create()));
        return nav;
    }
}
