package io.eventlens.lint.cli;

import io.eventlens.catalog.load.LoadOptions;
import io.eventlens.catalog.load.ParseLimits;
import java.util.List;

/**
 * The limits the CLI reads and compares under: {@link ParseLimits#defaults()}, each raised or lowered by a Java system
 * property of the web app's setting name ({@code java -Deventlens.limits.max-nodes=5000000 -jar eventlens.jar ...}),
 * so that a refusal's message names what to change in either.
 */
final class CliLimits {

    private CliLimits() {}

    /** The limits; a setting that is not a whole number is an {@link InputError} naming it. */
    static ParseLimits limits() {
        try {
            return ParseLimits.fromSystemProperties();
        } catch (IllegalArgumentException e) {
            throw new InputError(e.getMessage());
        }
    }

    /** Load options with {@link #limits()}, no remote references, no root. */
    static LoadOptions loadOptions() {
        return new LoadOptions(null, limits(), List.of());
    }
}
