package io.eventlens.catalog.load;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;

/**
 * SnakeYAML's parser with nesting counted as the composer takes its events, so that a text nested deeper than
 * {@link ParseLimits#maxDepth()} is refused with its position and the setting that raises the limit.
 */
final class DepthLimitedParser implements Parser {

    /** Thrown out of SnakeYAML's composer; turned into a {@link DocumentException} by the reader. */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final transient Mark mark;
        final int depth;

        TooDeep(Mark mark, int depth) {
            super(null, null, false, false);
            this.mark = mark;
            this.depth = depth;
        }
    }

    private final Parser parser;
    private final int maxDepth;
    private int depth;

    DepthLimitedParser(Parser parser, int maxDepth) {
        this.parser = parser;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public Event getEvent() {
        Event event = parser.getEvent();
        if (event.is(Event.ID.MappingStart) || event.is(Event.ID.SequenceStart)) {
            if (++depth > maxDepth) {
                throw new TooDeep(event.getStartMark(), depth);
            }
        } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
            depth--;
        }
        return event;
    }
}
