package io.eventlens.lint.payload;

/** Thrown from inside a regex match when the validation's time budget is spent. */
final class BudgetExceeded extends RuntimeException {

    private final String pattern;

    BudgetExceeded(String pattern) {
        super("time budget spent matching pattern " + pattern, null, false, false);
        this.pattern = pattern;
    }

    String pattern() {
        return pattern;
    }
}
