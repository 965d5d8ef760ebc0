package io.eventlens.lag.status;

/**
 * Burrow's statuses, best to worst. Partitions take OK, WARN, STOP, STALL or REWIND; a group takes
 * OK, WARN or ERR (any partition in STOP, STALL or REWIND makes the group ERR).
 */
public enum Status {
    /** Keeping up, or not enough data to say otherwise. */
    OK,
    /** Moving, but the lag did not go down in any sample of the window: not keeping up. */
    WARN,
    /** Group only: at least one partition is STOP, STALL or REWIND. */
    ERR,
    /**
     * No consumer is attached and the committed position has not moved: for longer than the window spans
     * (Burrow), or for {@code stopped-after} while records arrived, however few samples the window holds.
     */
    STOP,
    /** A consumer is attached but its position has not moved over the whole window while lag stayed. */
    STALL,
    /** The committed position went backwards and has not come back. */
    REWIND;

    /** The group's status for a partition in this status. */
    public Status forGroup() {
        return ordinal() > ERR.ordinal() ? ERR : this;
    }

    /** True for WARN and worse. */
    public boolean isProblem() {
        return this != OK;
    }
}
