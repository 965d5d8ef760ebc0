package io.eventlens.flow.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a flow graph is exported in, with their media types and file extensions. */
public enum ExportFormat {
    JSON("application/json", "json"),
    DOT("text/vnd.graphviz", "dot"),
    MERMAID("text/vnd.mermaid", "mmd"),
    SVG("image/svg+xml", "svg");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The allowed values, as written in requests: {@code json, dot, mermaid, svg}. */
    public static String allowed() {
        return Arrays.stream(values())
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    /**
     * Reads a format name in any case.
     *
     * @throws IllegalArgumentException naming the value and the allowed ones
     */
    public static ExportFormat parse(String value) {
        for (ExportFormat format : values()) {
            if (format.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("format '" + value + "' is not known; allowed: " + allowed());
    }
}
