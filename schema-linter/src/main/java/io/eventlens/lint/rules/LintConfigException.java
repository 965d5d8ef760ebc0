package io.eventlens.lint.rules;

/**
 * A configuration file that cannot be used; the message names the value, {@code file:line:column} and what is
 * allowed.
 */
public final class LintConfigException extends RuntimeException {

    public LintConfigException(String message) {
        super(message);
    }
}
