package io.eventlens.web.traces;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import io.eventlens.flow.trace.SpanEvent;
import io.eventlens.flow.trace.SpanLink;
import io.eventlens.flow.trace.TraceSpan;
import java.util.Map;
import java.util.stream.Collectors;

/** A span's ids, status, attributes, events (an exception with its stack trace) and links. */
final class SpanDetail extends Div {

    private static final long serialVersionUID = 1L;
    private static final int MAX_STACK = 4_000;

    SpanDetail(TraceSpan span) {
        addClassName("span-detail");
        getStyle()
                .set("padding", "4px 12px 8px 24px")
                .set("font-size", "var(--lumo-font-size-xs)")
                .set("background", "var(--lumo-contrast-5pct)");
        add(line("trace " + span.traceId() + " · span " + span.spanId()
                + (span.parentSpanId().isEmpty() ? "" : " · parent " + span.parentSpanId()) + " · "
                + TraceJson.instant(span.startEpochNanos()) + " · status "
                + span.status().code()
                + (span.status().message().isEmpty() ? "" : " (" + span.status().message() + ")")));
        add(line("attributes: " + text(span.attributes())));
        for (SpanEvent event : span.events()) {
            Div line = line("event " + event.name() + " at " + TraceJson.instant(event.epochNanos()) + ": "
                    + text(Map.copyOf(without(event.attributes(), "exception.stacktrace"))));
            line.addClassName("span-event");
            if ("exception".equals(event.name())) {
                line.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            add(line);
            String stack = event.attributes().get("exception.stacktrace");
            if (stack != null) {
                Pre pre = new Pre(stack.length() > MAX_STACK ? stack.substring(0, MAX_STACK) + "\n..." : stack);
                pre.addClassName("span-exception");
                pre.getStyle().set("font-size", "var(--lumo-font-size-xxs)").set("max-height", "12rem");
                add(pre);
            }
        }
        for (SpanLink link : span.links()) {
            add(line("link to trace " + link.traceId() + " span " + link.spanId()
                    + (link.attributes().isEmpty() ? "" : " " + text(link.attributes()))));
        }
    }

    private static Map<String, String> without(Map<String, String> attributes, String key) {
        return attributes.entrySet().stream()
                .filter(e -> !e.getKey().equals(key))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String text(Map<String, String> attributes) {
        return attributes.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static Div line(String text) {
        Div line = new Div(text);
        line.getStyle().set("overflow-wrap", "anywhere");
        return line;
    }
}
