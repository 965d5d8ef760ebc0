package io.eventlens.web.catalog;

import io.eventlens.catalog.model.Catalog;
import io.eventlens.catalog.model.Channel;
import io.eventlens.catalog.model.Message;
import io.eventlens.catalog.model.Operation;
import io.eventlens.catalog.model.Service;
import io.eventlens.catalog.model.SharedDefinitions;
import java.util.ArrayList;
import java.util.List;

/** Catalogs of several sources as one. */
final class Catalogs {

    private Catalogs() {}

    static Catalog merge(List<Catalog> catalogs) {
        if (catalogs.size() == 1) {
            return catalogs.get(0);
        }
        List<Service> services = new ArrayList<>();
        List<Channel> channels = new ArrayList<>();
        List<Operation> operations = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        List<SharedDefinitions> shared = new ArrayList<>();
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
