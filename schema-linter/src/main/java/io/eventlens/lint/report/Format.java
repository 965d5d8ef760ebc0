package io.eventlens.lint.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Report formats of the CI gate commands. */
public enum Format {
    /** {@code file:line:column: severity ruleId: message} lines, for people. */
    TEXT,
    /** One JSON object, for automation. */
    JSON,
    /** SARIF 2.1.0, for GitHub code scanning. */
    SARIF,
    /** JUnit XML, for any CI. */
    JUNIT;

    /** Parses {@code text}, {@code json}, {@code sarif} or {@code junit} (any case). */
    public static Format parse(String value) {
        String wanted = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        for (Format format : values()) {
            if (format.name().equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + value + "'; allowed: " + allowed());
    }

    /** {@code text, json, sarif, junit}. */
    public static String allowed() {
        return Arrays.stream(values())
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
