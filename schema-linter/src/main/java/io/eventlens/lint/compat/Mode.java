package io.eventlens.lint.compat;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A registry compatibility mode: which directions are checked, and against the latest earlier version
 * only or against all of them (transitive).
 */
public enum Mode {
    BACKWARD(true, false, false),
    BACKWARD_TRANSITIVE(true, false, true),
    FORWARD(false, true, false),
    FORWARD_TRANSITIVE(false, true, true),
    FULL(true, true, false),
    FULL_TRANSITIVE(true, true, true),
    NONE(false, false, false);

    private final boolean backward;
    private final boolean forward;
    private final boolean transitive;

    Mode(boolean backward, boolean forward, boolean transitive) {
        this.backward = backward;
        this.forward = forward;
        this.transitive = transitive;
    }

    /** Whether the newest version must read data of earlier ones. */
    public boolean checksBackward() {
        return backward;
    }

    /** Whether earlier versions must read data of the newest one. */
    public boolean checksForward() {
        return forward;
    }

    /** Whether every earlier version is checked, not only the one just before the newest. */
    public boolean transitive() {
        return transitive;
    }

    /** Parses a mode name case-insensitively ('-' may stand for '_'); the message lists the allowed names. */
    public static Mode parse(String value) {
        String wanted = String.valueOf(value).trim().replace('-', '_');
        for (Mode mode : values()) {
            if (mode.name().equalsIgnoreCase(wanted)) {
                return mode;
            }
        }
        String allowed = Arrays.stream(values()).map(Mode::name).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown compatibility mode '" + value + "'; allowed: " + allowed);
    }
}
