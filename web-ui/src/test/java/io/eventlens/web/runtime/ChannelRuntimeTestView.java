package io.eventlens.web.runtime;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.eventlens.web.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/** A test page hosting the panel as a catalog channel page would: {@code /test/channel-runtime?channel=<name>}. */
@Route(value = "test/channel-runtime", layout = MainLayout.class)
@PermitAll
public class ChannelRuntimeTestView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String channel = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("channel")
                .orElse("");
        removeAll();
        add(new H2("Channel " + channel), ChannelRuntimePanel.of(channel));
    }
}
