package io.eventlens.lag.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs each alert as JSON to every configured URL, asynchronously: a webhook that hangs is cut at
 * the timeout, one that fails (no answer, or a status other than 2xx) is retried with doubling
 * backoff up to {@code attempts} times, then logged. The poll thread only schedules.
 */
public final class WebhookNotifier implements Notifier, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<URI> urls;
    private final Duration timeout;
    private final int attempts;
    private final Duration firstBackoff;
    private final HttpClient http;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "eventlens-webhooks");
        thread.setDaemon(true);
        return thread;
    });

    public WebhookNotifier(List<URI> urls, Duration timeout, int attempts, Duration firstBackoff) {
        for (URI url : urls) {
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                throw new IllegalArgumentException(
                        "webhook URL '" + url + "' is not allowed: only http:// and https:// URLs are");
            }
        }
        this.urls = List.copyOf(urls);
        this.timeout = timeout;
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public void send(Alert alert) {
        String body;
        try {
            body = JSON.writeValueAsString(alert);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert cannot be written as JSON: " + alert.summary(), e);
        }
        for (URI url : urls) {
            retries.execute(() -> attempt(url, body, alert, 1));
        }
    }

    private void attempt(URI url, String body, Alert alert, int attempt) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                return;
            }
            String why = error != null ? error.toString() : "HTTP " + response.statusCode();
            if (attempt >= attempts) {
                LOG.warn(
                        "Webhook {} did not take {} after {} attempts ({}); given up",
                        url,
                        alert.summary(),
                        attempts,
                        why);
                return;
            }
            long delay = firstBackoff.toMillis() << (attempt - 1);
            retries.schedule(() -> attempt(url, body, alert, attempt + 1), delay, TimeUnit.MILLISECONDS);
        });
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }
}
