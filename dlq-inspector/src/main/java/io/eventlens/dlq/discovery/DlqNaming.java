package io.eventlens.dlq.discovery;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The naming conventions that mark a topic or stream as a dead-letter or retry queue: Spring Kafka's
 * {@code -dlt} (since 3.3) and {@code .DLT} (before), the common {@code -dlq}, {@code .dlq} and
 * {@code _dlq}, and Spring's retry topics ({@code -retry}, {@code -retry-1000}, {@code -retry-0}).
 */
public final class DlqNaming {

    private record Rule(Pattern pattern, QueueKind kind, String label) {}

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(.+)-dlt"), QueueKind.DEAD_LETTER, "suffix -dlt"),
            new Rule(Pattern.compile("(.+)\\.DLT"), QueueKind.DEAD_LETTER, "suffix .DLT"),
            new Rule(Pattern.compile("(.+)[-._]dlq", Pattern.CASE_INSENSITIVE), QueueKind.DEAD_LETTER, "suffix -dlq"),
            new Rule(Pattern.compile("(.+)-parked"), QueueKind.DEAD_LETTER, "suffix -parked (EventLens loop guard)"),
            new Rule(Pattern.compile("(.+)[-.]retry(-\\d+)?"), QueueKind.RETRY, "suffix -retry"));

    private DlqNaming() {}

    /** The kind and matching rule of {@code name}, or empty when no convention names it a queue. */
    public static Optional<DeadLetterQueue> classify(String name, Backend backend) {
        if (name.startsWith("__")) {
            return Optional.empty();
        }
        for (Rule rule : RULES) {
            if (rule.pattern.matcher(name).matches()) {
                return Optional.of(new DeadLetterQueue(name, backend, rule.kind, rule.label));
            }
        }
        return Optional.empty();
    }

    /**
     * The topic or stream a queue of this name takes the failures of, by the same conventions
     * ({@code orders-dlt} and {@code orders-retry-1000} serve {@code orders}), or empty when no convention
     * names it a queue.
     */
    public static Optional<String> origin(String name) {
        if (name.startsWith("__")) {
            return Optional.empty();
        }
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern.matcher(name);
            if (matcher.matches()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }
}
