package io.eventlens.web.runtime;

import com.vaadin.flow.component.Component;
import io.eventlens.web.catalog.ChannelRuntimeViews;
import org.springframework.stereotype.Service;

/** The catalog pages' runtime panels: a {@link ChannelRuntimePanel} per channel. */
@Service
class CatalogChannelRuntime implements ChannelRuntimeViews {

    private final ChannelRuntime runtime;

    CatalogChannelRuntime(ChannelRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Component of(String destination) {
        return new ChannelRuntimePanel(runtime, destination);
    }
}
