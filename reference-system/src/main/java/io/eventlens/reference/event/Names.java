package io.eventlens.reference.event;

import java.util.List;

/**
 * Prefixes every topic, consumer group and stream name, so that several reference systems (tests)
 * share one broker and one Redis without seeing each other. The demo uses no prefix.
 */
public record Names(String prefix) {

    public static final Names NONE = new Names("");

    public Names {
        if (prefix == null || !prefix.matches("[a-zA-Z0-9._-]*")) {
            throw new IllegalArgumentException(
                    "name prefix \"" + prefix + "\" is not allowed: use letters, digits, '.', '_' or '-'");
        }
    }

    public String of(String base) {
        return prefix + base;
    }

    public List<String> of(List<String> bases) {
        return bases.stream().map(this::of).toList();
    }
}
