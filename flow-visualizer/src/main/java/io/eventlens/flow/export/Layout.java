package io.eventlens.flow.export;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * Where each node and edge of a flow graph is drawn: the same positions for the page and the SVG.
 *
 * @param width the drawing's width
 * @param height its height
 * @param boxes node id -> its box (top-left corner and size)
 * @param routes "from\nto" -> the points of the edge's line, start and end included
 */
public record Layout(double width, double height, Map<String, Box> boxes, Map<String, List<Point>> routes) {

    public Layout {
        boxes = Map.copyOf(boxes);
        routes = Map.copyOf(routes);
    }

    /** A node's box. */
    public record Box(double x, double y, double width, double height) {
        public double centerX() {
            return x + width / 2;
        }

        public double centerY() {
            return y + height / 2;
        }
    }

    /** A point of an edge's line. */
    public record Point(double x, double y) {}

    /** The route of the edge between these nodes (empty if it has none). */
    public List<Point> route(String from, String to) {
        return routes.getOrDefault(requireNonNull(from, "from") + "\n" + requireNonNull(to, "to"), List.of());
    }
}
