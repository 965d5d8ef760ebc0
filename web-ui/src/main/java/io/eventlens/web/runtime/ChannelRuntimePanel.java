package io.eventlens.web.runtime;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.Registration;
import io.eventlens.web.lag.LagBadges;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A channel's runtime for its catalog page: the consumer groups that read it (status, lag on the
 * channel, lag in seconds; each a link to {@code /lag?group=}) and its dead-letter queues' depth (a link
 * to {@code /dlq}). Refreshed every 5 s while shown. Add it with {@code add(ChannelRuntimePanel.of(name))}
 * where {@code name} is the channel's Kafka topic or Redis stream.
 */
public class ChannelRuntimePanel extends Div {

    private static final long serialVersionUID = 1L;
    private static final int REFRESH_MILLIS = 5_000;

    private final transient ChannelRuntime runtime;
    private final String channel;
    private final Div consumers = new Div();
    private final Div deadLetters = new Div();
    private Registration polling;
    private boolean setPollInterval;

    public ChannelRuntimePanel(ChannelRuntime runtime, String channel) {
        this.runtime = runtime;
        this.channel = channel;
        addClassName("channel-runtime");
        getElement().setAttribute("data-channel", channel);
        consumers.addClassName("channel-consumers");
        deadLetters.addClassName("channel-dlqs");
        add(new H4("Consumers now"), consumers, new H4("Dead letters"), deadLetters);
        refresh();
    }

    /** The panel with the application's {@link ChannelRuntime}, for a view that does not inject it. */
    public static ChannelRuntimePanel of(String channel) {
        return new ChannelRuntimePanel(
                VaadinService.getCurrent().getInstantiator().getOrCreate(ChannelRuntime.class), channel);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        int interval = event.getUI().getPollInterval();
        if (interval < 0 || interval > REFRESH_MILLIS) {
            event.getUI().setPollInterval(REFRESH_MILLIS);
            setPollInterval = true;
        }
        polling = event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        if (setPollInterval) {
            event.getUI().setPollInterval(-1);
            setPollInterval = false;
        }
    }

    private void refresh() {
        consumers.removeAll();
        List<ChannelRuntime.Consumer> groups = runtime.consumers(channel);
        if (groups.isEmpty()) {
            consumers.add(quiet("No consumer group reads " + channel + " now."));
        }
        for (ChannelRuntime.Consumer consumer : groups) {
            Anchor link = new Anchor(
                    "lag?group=" + URLEncoder.encode(consumer.group().group(), StandardCharsets.UTF_8),
                    consumer.group().group());
            link.addClassName("channel-consumer-link");
            Span figures = new Span(
                    consumer.group().backend() + " · " + consumer.lag() + " behind · " + consumer.lagSeconds());
            consumers.add(row("channel-consumer", LagBadges.of(consumer.group().status()), link, figures));
        }
        deadLetters.removeAll();
        List<ChannelRuntime.DeadLetters> queues = runtime.deadLetters(channel);
        if (queues.isEmpty()) {
            deadLetters.add(quiet("No dead-letter queue found for " + channel + "."));
        }
        for (ChannelRuntime.DeadLetters queue : queues) {
            Anchor link = new Anchor("dlq", queue.name());
            link.addClassName("channel-dlq-link");
            Span depth = new Span(queue.depth() + (queue.depth() == 1 ? " record" : " records")
                    + (queue.growthPerMinute() > 0
                            ? String.format(Locale.ROOT, " · growing %.1f/min", queue.growthPerMinute())
                            : "")
                    + " · " + queue.backend() + ", " + queue.why());
            depth.addClassName("channel-dlq-depth");
            deadLetters.add(row("channel-dlq", link, depth));
        }
    }

    private static Div row(String className, Component... parts) {
        Div row = new Div(parts);
        row.addClassName(className);
        row.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-s)")
                .set("align-items", "center")
                .set("flex-wrap", "wrap");
        return row;
    }

    private static Paragraph quiet(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return paragraph;
    }
}
