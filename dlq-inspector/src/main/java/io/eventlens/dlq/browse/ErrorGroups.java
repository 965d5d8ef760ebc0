package io.eventlens.dlq.browse;

import io.eventlens.dlq.headers.DecodedHeaders;
import java.util.regex.Pattern;

/**
 * Groups records by error: the exception class plus the message with its variable parts (ids,
 * numbers, quoted values) replaced, so one systematic failure shows as one group.
 */
public final class ErrorGroups {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern HEX = Pattern.compile("\\b[0-9a-fA-F]{12,}\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final int MAX_PATTERN = 160;

    private ErrorGroups() {}

    /** {@code <exception class>: <message pattern>}, or a named placeholder for what is missing. */
    public static String keyOf(DecodedHeaders headers) {
        String type = headers.exceptionClass() == null ? "(no exception class)" : headers.exceptionClass();
        return type + ": " + pattern(headers.exceptionMessage());
    }

    /** The message with ids, quoted values and numbers replaced by placeholders. */
    public static String pattern(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        String first = message.lines().findFirst().orElse("").trim();
        String text = UUID.matcher(first).replaceAll("<uuid>");
        text = QUOTED.matcher(text).replaceAll("'…'");
        text = HEX.matcher(text).replaceAll("<hex>");
        text = NUMBER.matcher(text).replaceAll("#");
        return text.length() <= MAX_PATTERN ? text : text.substring(0, MAX_PATTERN) + "…";
    }
}
