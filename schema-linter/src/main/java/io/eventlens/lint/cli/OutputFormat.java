package io.eventlens.lint.cli;

/** How problems are printed: {@code file:line:column: message} lines, or one JSON object. */
enum OutputFormat {
    TEXT,
    JSON
}
