package io.eventlens.lint.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How much a rule's findings matter; {@link #OFF} turns the rule off. Only {@link #ERROR} fails the gate. */
public enum Level {
    ERROR,
    WARN,
    INFO,
    OFF;

    /** {@code error}, {@code warn}, {@code info} or {@code off} (any case); null when it is none of them. */
    static Level parseOrNull(String text) {
        String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(l -> l.name().equals(wanted))
                .findFirst()
                .orElse(null);
    }

    /** {@code error, warn, info, off}. */
    static String allowed() {
        return Arrays.stream(values()).map(Level::label).collect(Collectors.joining(", "));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
