package io.eventlens.web.catalog;

import io.eventlens.catalog.model.Catalog;
import java.util.ArrayList;
import java.util.List;

/** Catalogs of several sources as one. */
final class Catalogs {

    private Catalogs() {}

    static Catalog merge(List<Catalog> catalogs) {
        if (catalogs.size() == 1) {
            return catalogs.get(0);
        }
        List<io.eventlens.catalog.model.Service> services = new ArrayList<>();
        List<io.eventlens.catalog.model.Channel> channels = new ArrayList<>();
        List<io.eventlens.catalog.model.Operation> operations = new ArrayList<>();
        List<io.eventlens.catalog.model.Message> messages = new ArrayList<>();
        List<io.eventlens.catalog.model.SharedDefinitions> shared = new ArrayList<>();
        for (Catalog catalog : catalogs) {
            services.addAll(catalog.services());
            channels.addAll(catalog.channels());
            operations.addAll(catalog.operations());
            messages.addAll(catalog.messages());
            shared.addAll(catalog.sharedDefinitions());
        }
        return new Catalog(services, channels, operations, messages, shared);
    }
}
