package io.eventlens.web.dlq;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.eventlens.dlq.headers.DecodedHeaders;
import io.eventlens.dlq.validate.SchemaVerdict;
import java.time.Instant;

/** One record: its decoded headers, its payload pretty-printed and masked, and whether it validates now. */
class MessageDetailPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final DlqService dlq;

    MessageDetailPanel(DlqService dlq) {
        this.dlq = dlq;
        addClassName("dlq-detail");
        setPadding(false);
    }

    void clear() {
        removeAll();
    }

    void show(String queue, String id) {
        removeAll();
        DlqService.MessageDetail detail = dlq.message(queue, id);
        DecodedHeaders h = detail.message().headers();
        add(new H4("Record " + id + " · " + h.convention().label()));
        add(verdict(detail.verdict()));
        StringBuilder decoded = new StringBuilder();
        line(decoded, "original topic", h.originalTopic());
        line(decoded, "original partition", h.originalPartition());
        line(decoded, "original offset", h.originalOffset());
        line(
                decoded,
                "original timestamp",
                h.originalTimestamp() == null ? null : Instant.ofEpochMilli(h.originalTimestamp()));
        line(decoded, "consumer group", h.consumerGroup());
        line(decoded, "exception", h.exceptionClass());
        line(decoded, "message", h.exceptionMessage());
        line(decoded, "attempts", h.attempts());
        line(decoded, "replayed before", h.replayCount());
        h.problems().forEach(p -> line(decoded, "problem", p));
        Pre headers = new Pre(decoded.toString());
        headers.addClassName("dlq-headers");
        Pre payload = new Pre(detail.payload().text());
        payload.addClassName("dlq-payload");
        add(headers);
        if (detail.payload().note() != null) {
            add(new Span(detail.payload().note()));
        }
        add(payload);
        if (h.stackTrace() != null) {
            Pre trace = new Pre(h.stackTrace());
            trace.getStyle()
                    .set("max-height", "12em")
                    .set("overflow", "auto")
                    .set("font-size", "var(--lumo-font-size-xs)");
            add(trace);
        }
        StringBuilder all = new StringBuilder();
        h.all()
                .forEach(s -> all.append(s.name())
                        .append(": ")
                        .append(abbreviate(s.value()))
                        .append('\n'));
        add(new Pre(all.toString()));
        if (DlqService.isOperator()) {
            Button fix =
                    new Button("Fix and replay…", e -> new FixDialog(dlq, queue, id, () -> show(queue, id)).open());
            fix.addClassName("dlq-fix");
            add(fix);
        }
    }

    private static Div verdict(SchemaVerdict verdict) {
        Span badge = new Span(
                switch (verdict.status()) {
                    case VALID -> "Validates now against " + verdict.schema();
                    case INVALID -> "Does not validate against " + verdict.schema();
                    case NO_SCHEMA -> "Not validated: no schema";
                    case NOT_JSON -> "Not validated: not JSON";
                });
        badge.getElement()
                .getThemeList()
                .add(
                        verdict.status() == SchemaVerdict.Status.VALID
                                ? "badge success"
                                : verdict.status() == SchemaVerdict.Status.INVALID ? "badge error" : "badge contrast");
        badge.addClassName("dlq-validation");
        Div box = new Div(badge);
        verdict.problems().forEach(p -> box.add(new Div(p)));
        return box;
    }

    private static void line(StringBuilder out, String name, Object value) {
        if (value != null) {
            out.append(name).append(": ").append(value).append('\n');
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
