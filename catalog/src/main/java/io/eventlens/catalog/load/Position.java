package io.eventlens.catalog.load;

/** A 1-based line and column in a source file; {@link #UNKNOWN} when there is none. */
record Position(int line, int column) {

    static final Position UNKNOWN = new Position(0, 0);
}
