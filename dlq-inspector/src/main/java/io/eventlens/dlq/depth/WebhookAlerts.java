package io.eventlens.dlq.depth;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each growth alert to the log, and as a JSON POST to a webhook when one is configured. A
 * webhook that fails is logged, never retried in a loop.
 */
public final class WebhookAlerts implements Consumer<DlqMonitor.GrowthAlert> {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookAlerts.class);

    private final URI webhook;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param webhook where to POST alerts, or null for the log only */
    public WebhookAlerts(URI webhook) {
        this.webhook = webhook;
    }

    @Override
    public void accept(DlqMonitor.GrowthAlert alert) {
        LOG.warn("{}", alert.summary());
        if (webhook == null) {
            return;
        }
        String body = "{\"dlq\":\"" + escape(alert.queue().name()) + "\",\"backend\":\""
                + alert.queue().backend().label() + "\",\"before\":" + alert.before() + ",\"depth\":" + alert.now()
                + ",\"at\":\"" + alert.at() + "\",\"text\":\"" + escape(alert.summary()) + "\"}";
        HttpRequest request = HttpRequest.newBuilder(webhook)
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error != null) {
                LOG.warn("DLQ alert webhook {} failed: {}", webhook, error.toString());
            } else if (response.statusCode() >= 300) {
                LOG.warn("DLQ alert webhook {} answered HTTP {}", webhook, response.statusCode());
            }
        });
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
