package io.eventlens.reference.app;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code --name=value} options of {@link ReferenceMain}. A misspelt option or a bad value stops the
 * start with a message naming it and what is allowed.
 */
final class CommandLine {

    static final Set<String> OPTIONS = Set.of(
            "http-port",
            "admin-token",
            "kafka",
            "jdbc-url",
            "jdbc-user",
            "jdbc-password",
            "redis",
            "otlp-endpoint",
            "services",
            "retry-scale",
            "max-attempts",
            "payment-decline-rate",
            "out-of-stock-rate",
            "shipment-failure-rate",
            "duplicate-delivery-rate",
            "email-delay-ms",
            "warehouse-down",
            "load-rate",
            "load-duration",
            "url",
            "mode",
            "name-prefix");

    private final Map<String, String> values = new LinkedHashMap<>();

    CommandLine(String[] args) {
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("argument \"" + arg + "\" is not --name=value");
            }
            String name = arg.substring(2, eq);
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + ": allowed " + new TreeSet<>(OPTIONS));
            }
            values.put(name, arg.substring(eq + 1));
        }
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    double number(String name, double fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + "=" + value + " is not a number");
        }
    }

    Duration duration(String name, Duration fallback) {
        String value = values.get(name);
        try {
            return value == null ? fallback : Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "--" + name + "=" + value + " is not an ISO-8601 duration such as PT60S");
        }
    }

    Set<Service> services() {
        String value = values.get("services");
        if (value == null || value.equals("all")) {
            return EnumSet.allOf(Service.class);
        }
        Set<Service> services = EnumSet.noneOf(Service.class);
        for (String name : value.split(",")) {
            try {
                services.add(Service.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--services: unknown service \"" + name + "\": allowed all or "
                        + EnumSet.allOf(Service.class).toString().toLowerCase(Locale.ROOT));
            }
        }
        return services;
    }
}
