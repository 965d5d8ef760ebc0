package io.eventlens.lint.compat;

import java.util.function.IntFunction;

/**
 * One compatibility checker as the benchmark drives it: the verdict on check {@code i} of
 * {@link CompatibilityBenchmark#checks()}, as "compatible", "incompatible", "not_comparable" or "error: ...".
 * Each engine prepares its own input form up front, so the timed call is the checker's own entry point.
 */
record Engine(String name, IntFunction<String> verdict) {

    static final String COMPATIBLE = "compatible";
    static final String INCOMPATIBLE = "incompatible";

    String verdictOn(int check) {
        return verdict.apply(check);
    }
}
