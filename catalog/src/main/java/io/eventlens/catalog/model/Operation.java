package io.eventlens.catalog.model;

import java.util.List;
import java.util.Objects;

/** A service sending to or receiving from a channel, with the keys of the messages involved. */
public record Operation(
        String id, Action action, String service, String channel, List<String> messages, String summary) {

    public Operation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(channel, "channel");
        messages = List.copyOf(messages);
    }
}
