package io.eventlens.lint.report;

import java.util.Locale;

/** How much a violation matters: an {@link #ERROR} fails a CI gate, the others are only reported. */
public enum Severity {
    ERROR,
    WARN,
    INFO;

    /** The lower-case name used in reports ({@code error}, {@code warn}, {@code info}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
