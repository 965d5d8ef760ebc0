package io.eventlens.lint.compat;

/** Which way a pair of versions was compared. */
public enum Direction {
    /** The newer schema reads data written with the earlier one. */
    BACKWARD,
    /** The earlier schema reads data written with the newer one (the backward check with arguments swapped). */
    FORWARD
}
