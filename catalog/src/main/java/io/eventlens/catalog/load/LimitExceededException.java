package io.eventlens.catalog.load;

import java.util.Locale;
import java.util.Objects;

/**
 * A {@link ParseLimits} limit was exceeded: the work stopped at once. The message names the limit, the count reached,
 * where, what is allowed and the setting that raises it; the CLI answers it with exit 2, the web API with a 400
 * problem.
 */
public final class LimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ParseLimits.Limit limit;
    private final long reached;
    private final long allowed;

    LimitExceededException(ParseLimits.Limit limit, long reached, long allowed, String where) {
        super(message(limit, reached, allowed, where), null, false, false);
        this.limit = limit;
        this.reached = reached;
        this.allowed = allowed;
    }

    private static String message(ParseLimits.Limit limit, long reached, long allowed, String where) {
        Objects.requireNonNull(limit, "limit");
        String at = where == null || where.isEmpty() ? "" : where + ": ";
        return String.format(
                Locale.ROOT,
                "%s%,d %s exceed the limit of %,d (setting %s)",
                at,
                reached,
                limit.unit(),
                allowed,
                limit.setting());
    }

    /** The limit exceeded. */
    public ParseLimits.Limit limit() {
        return limit;
    }

    /** The count when the work stopped (more than {@link #allowed()}). */
    public long reached() {
        return reached;
    }

    /** The limit's value. */
    public long allowed() {
        return allowed;
    }
}
