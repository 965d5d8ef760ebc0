package io.eventlens.reference.tracing;

import java.util.Map;

/** The {@code service.name} of each part of the reference system, as a trace viewer shows it. */
final class ServiceNames {

    private static final Map<String, String> NAMES =
            Map.of("http", "order-api", "outbox", "outbox-relay", "email", "email-worker");

    private ServiceNames() {}

    static String of(String part) {
        return NAMES.getOrDefault(part, part);
    }
}
