package io.eventlens.catalog.load;

/**
 * A 1-based line and column in a text; {@link #UNKNOWN} (0, 0) when there is none.
 *
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record Position(int line, int column) {

    /** No known position. */
    public static final Position UNKNOWN = new Position(0, 0);
}
