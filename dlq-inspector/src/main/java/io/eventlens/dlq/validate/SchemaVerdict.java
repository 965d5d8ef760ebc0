package io.eventlens.dlq.validate;

import java.util.List;

/**
 * Whether a payload validates against its catalog schema.
 *
 * @param schema the message key and version checked against, or null when none was found
 * @param problems each problem as {@code <JSON Pointer>: <message>}, or why nothing was checked
 */
public record SchemaVerdict(Status status, String schema, List<String> problems) {

    public enum Status {
        VALID,
        INVALID,
        NO_SCHEMA,
        NOT_JSON
    }

    public SchemaVerdict {
        problems = List.copyOf(problems);
    }
}
