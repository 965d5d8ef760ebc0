package io.eventlens.web.traces;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import io.eventlens.flow.trace.BusinessAction;
import io.eventlens.flow.trace.TraceSpan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One business action as one waterfall: every span of every trace it spans on a shared time axis,
 * rows in start order, indented under their parents, coloured by service; failed spans in red with
 * their events open.
 */
public final class ActionTimeline extends Div {

    private static final long serialVersionUID = 1L;

    /**
     * @param catalogLink the catalog page of a message by its event type, when the catalog has one
     */
    public ActionTimeline(BusinessAction action, Function<String, Optional<String>> catalogLink) {
        addClassName("action-timeline");
        getStyle().set("width", "100%").set("margin-bottom", "var(--lumo-space-l)");
        String title = action.correlationId().isEmpty()
                ? "Traces without a correlation id"
                : "Business action " + action.correlationId();
        H3 heading = new H3(title);
        heading.addClassName("action-title");
        Paragraph summary = new Paragraph(action.spans().size() + " spans · "
                + action.traceIds().size()
                + " trace(s) · " + action.services().size() + " service(s): " + String.join(", ", action.services())
                + " · " + Durations.micros((action.endEpochNanos() - action.startEpochNanos()) / 1000)
                + (action.failed() ? " · FAILED" : ""));
        summary.addClassName("action-summary");
        if (action.failed()) {
            summary.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        add(heading, summary, waterfall(action, catalogLink));
    }

    private static Div waterfall(BusinessAction action, Function<String, Optional<String>> catalogLink) {
        Div waterfall = new Div();
        waterfall.addClassName("waterfall");
        waterfall
                .getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "6px");
        long start = action.startEpochNanos();
        long total = Math.max(1, action.endEpochNanos() - start);
        Map<String, Integer> depth = depths(action.spans());
        for (TraceSpan span : action.spans()) {
            waterfall.add(new SpanRow(
                    span,
                    depth.getOrDefault(span.spanId(), 0),
                    (span.startEpochNanos() - start) * 100.0 / total,
                    Math.max(0.4, (span.endEpochNanos() - span.startEpochNanos()) * 100.0 / total),
                    ServiceColours.of(action.services(), span.service()),
                    action.traceIds().indexOf(span.traceId()) + 1,
                    catalogLink));
        }
        return waterfall;
    }

    /** How deep each span sits under its parents (spans whose parent is not here sit at the top). */
    private static Map<String, Integer> depths(List<TraceSpan> spans) {
        Map<String, String> parents = new HashMap<>();
        spans.forEach(s -> parents.put(s.spanId(), s.parentSpanId()));
        Map<String, Integer> depth = new HashMap<>();
        for (TraceSpan span : spans) {
            int d = 0;
            for (String p = span.parentSpanId(); parents.containsKey(p) && d < 12; p = parents.get(p)) {
                d++;
            }
            depth.put(span.spanId(), d);
        }
        return depth;
    }
}
