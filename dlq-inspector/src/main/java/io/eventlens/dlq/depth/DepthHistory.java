package io.eventlens.dlq.depth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The recent depths of every queue, kept in memory for a bounded number of samples each, and the
 * growth rate derived from them. Thread-safe.
 */
public final class DepthHistory {

    /** One measured point. */
    public record Point(Instant at, long depth) {}

    private final int capacity;
    private final Duration growthWindow;
    private final Map<String, Deque<Point>> points = new HashMap<>();

    /**
     * @param capacity samples kept per queue
     * @param growthWindow how far back the growth rate looks
     */
    public DepthHistory(int capacity, Duration growthWindow) {
        if (capacity < 2) {
            throw new IllegalArgumentException("capacity " + capacity + " is too small: at least 2 samples");
        }
        this.capacity = capacity;
        this.growthWindow = growthWindow;
    }

    public synchronized void add(String queue, Instant at, long depth) {
        Deque<Point> ring = points.computeIfAbsent(queue, q -> new ArrayDeque<>());
        if (ring.size() == capacity) {
            ring.removeFirst();
        }
        ring.addLast(new Point(at, depth));
    }

    public synchronized List<Point> points(String queue) {
        return List.copyOf(points.getOrDefault(queue, new ArrayDeque<>()));
    }

    /**
     * Records added per minute over the growth window (negative when draining), or 0 with fewer than
     * two samples in the window.
     */
    public synchronized double growthPerMinute(String queue) {
        List<Point> ring = new ArrayList<>(points.getOrDefault(queue, new ArrayDeque<>()));
        if (ring.size() < 2) {
            return 0;
        }
        Point last = ring.get(ring.size() - 1);
        Instant from = last.at().minus(growthWindow);
        Point first =
                ring.stream().filter(p -> !p.at().isBefore(from)).findFirst().orElse(last);
        long millis = Duration.between(first.at(), last.at()).toMillis();
        return millis <= 0 ? 0 : (last.depth() - first.depth()) * 60_000.0 / millis;
    }

    public synchronized void retain(Set<String> queues) {
        points.keySet().retainAll(queues);
    }
}
