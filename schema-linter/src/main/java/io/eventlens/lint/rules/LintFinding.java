package io.eventlens.lint.rules;

import java.util.Objects;

/**
 * One finding of a lint rule, at a place in a document.
 *
 * @param line    1-based, or 0 when unknown
 * @param column  1-based, or 0 when unknown
 * @param pointer JSON Pointer into the bundled document
 */
public record LintFinding(
        String ruleId, Level level, String file, int line, int column, String pointer, String message) {

    public LintFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        if (level == Level.OFF) {
            throw new IllegalArgumentException("a finding of rule " + ruleId + " cannot have level off");
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + level.label() + " " + ruleId + ": " + message + " (at "
                + pointer + ")";
    }
}
