package io.eventlens.web.traces;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.eventlens.flow.trace.MessageAttributes;
import io.eventlens.flow.trace.TraceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** One span of the waterfall: service and operation, its message, a bar on the action's time axis. */
final class SpanRow extends Div {

    private static final long serialVersionUID = 1L;

    SpanRow(
            TraceSpan span,
            int depth,
            double leftPercent,
            double widthPercent,
            String colour,
            int traceNumber,
            Function<String, Optional<String>> catalogLink) {
        addClassName("span-row");
        if (span.failed()) {
            addClassName("span-failed");
        }
        getElement().setAttribute("data-service", span.service());
        getElement().setAttribute("data-trace", span.traceId());
        Div row = new Div(
                label(span, depth, colour, traceNumber, catalogLink), bar(span, leftPercent, widthPercent, colour));
        row.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "minmax(22rem, 40%) 1fr")
                .set("align-items", "center")
                .set("cursor", "pointer")
                .set("padding", "2px 6px")
                .set("border-top", "1px solid var(--lumo-contrast-5pct)");
        if (span.failed()) {
            row.getStyle().set("background", "var(--lumo-error-color-10pct)");
        }
        SpanDetail detail = new SpanDetail(span);
        detail.setVisible(span.failed());
        row.addClickListener(e -> detail.setVisible(!detail.isVisible()));
        add(row, detail);
    }

    private static Div label(
            TraceSpan span, int depth, String colour, int traceNumber, Function<String, Optional<String>> catalogLink) {
        Span service = new Span(span.service());
        service.addClassName("span-service");
        service.getStyle()
                .set("color", "white")
                .set("background", colour)
                .set("border-radius", "4px")
                .set("padding", "0 4px")
                .set("font-size", "var(--lumo-font-size-xs)")
                .set("margin-right", "4px");
        Span name = new Span(span.name());
        name.addClassName("span-name");
        Span trace = new Span("T" + traceNumber + " ");
        trace.getElement().setAttribute("title", "trace " + span.traceId());
        trace.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xxs)");
        Div label = new Div(trace, service, name);
        String message = message(span.attributes());
        if (!message.isEmpty()) {
            Div line = new Div(message);
            line.addClassName("span-message");
            line.getStyle()
                    .set("font-size", "var(--lumo-font-size-xxs)")
                    .set("color", "var(--lumo-secondary-text-color)");
            catalogLink.apply(MessageAttributes.eventType(span.attributes())).ifPresent(url -> {
                Anchor catalogMessage = new Anchor(url, "in the catalog");
                catalogMessage.addClassName("span-catalog-link");
                catalogMessage.getStyle().set("margin-left", "6px");
                line.add(catalogMessage);
            });
            label.add(line);
        }
        label.getStyle().set("padding-left", (depth * 0.9) + "rem").set("overflow-wrap", "anywhere");
        return label;
    }

    /** The message on the span: topic, partition/offset, message id, event type. */
    static String message(Map<String, String> attributes) {
        List<String> parts = new ArrayList<>();
        String topic = MessageAttributes.topic(attributes);
        if (!topic.isEmpty()) {
            parts.add("topic " + topic);
        }
        String partition = MessageAttributes.partition(attributes);
        String offset = MessageAttributes.offset(attributes);
        if (!partition.isEmpty() || !offset.isEmpty()) {
            parts.add("partition " + (partition.isEmpty() ? "?" : partition) + " / offset "
                    + (offset.isEmpty() ? "?" : offset));
        }
        String id = MessageAttributes.messageId(attributes);
        if (!id.isEmpty()) {
            parts.add("message " + id);
        }
        String type = MessageAttributes.eventType(attributes);
        if (!type.isEmpty()) {
            parts.add("event " + type);
        }
        return String.join(" · ", parts);
    }

    private static Div bar(TraceSpan span, double leftPercent, double widthPercent, String colour) {
        Div bar = new Div();
        bar.addClassName("span-bar");
        bar.getStyle()
                .set("position", "absolute")
                .set("left", Math.min(99.6, leftPercent) + "%")
                .set("width", Math.min(100 - Math.min(99.6, leftPercent), widthPercent) + "%")
                .set("top", "4px")
                .set("height", "12px")
                .set("border-radius", "3px")
                .set("background", span.failed() ? "var(--lumo-error-color)" : colour);
        Span duration = new Span(Durations.micros(span.durationMicros()) + " · "
                + span.kind().name().toLowerCase() + (span.failed() ? " · ERROR" : ""));
        duration.addClassName("span-duration");
        duration.getStyle()
                .set("position", "absolute")
                .set("left", Math.min(80, leftPercent) + "%")
                .set("top", "16px")
                .set("font-size", "var(--lumo-font-size-xxs)");
        Div track = new Div(bar, duration);
        track.getStyle().set("position", "relative").set("height", "30px");
        return track;
    }
}
