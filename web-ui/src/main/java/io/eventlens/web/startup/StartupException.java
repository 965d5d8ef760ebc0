package io.eventlens.web.startup;

import static java.util.Objects.requireNonNull;

/**
 * A setting stops the start: names the setting, its value, what is wrong and what to do. Reported
 * as one line by {@link StartupFailureAnalyzer}, never as a bare stack trace.
 */
public class StartupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String setting;
    private final String value;
    private final String action;

    public StartupException(String setting, String value, String problem, String action, Throwable cause) {
        super(setting + "=" + value + ": " + problem, cause);
        this.setting = requireNonNull(setting, "setting");
        this.value = requireNonNull(value, "value");
        this.action = requireNonNull(action, "action");
    }

    public String setting() {
        return setting;
    }

    public String value() {
        return value;
    }

    public String action() {
        return action;
    }
}
