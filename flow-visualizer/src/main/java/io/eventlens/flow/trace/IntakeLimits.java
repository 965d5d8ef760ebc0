package io.eventlens.flow.trace;

/**
 * What one span may carry at intake; a span over a limit is rejected (counted in the response's
 * partial success), never cut short in silence.
 *
 * @param maxAttributes attributes per span, per resource, per event and per link
 * @param maxValueChars characters of one attribute value (text form)
 */
public record IntakeLimits(int maxAttributes, int maxValueChars) {

    /** 1,024 attributes (the SDK's default limit is 128) and 64 Ki characters per value. */
    public static final IntakeLimits DEFAULT = new IntakeLimits(1024, 64 * 1024);

    public IntakeLimits {
        if (maxAttributes < 1 || maxValueChars < 1) {
            throw new IllegalArgumentException("intake limits must be positive, got maxAttributes=" + maxAttributes
                    + ", maxValueChars=" + maxValueChars);
        }
    }
}
