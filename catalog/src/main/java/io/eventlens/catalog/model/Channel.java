package io.eventlens.catalog.model;

import java.util.List;
import java.util.Objects;

/** A channel of a document: its id, address (may be null in 3.x), description and protocol bindings. */
public record Channel(String id, String address, String description, List<ChannelBinding> bindings, String document) {

    public Channel {
        Objects.requireNonNull(id, "id");
        bindings = List.copyOf(bindings);
    }
}
