package io.eventlens.flow.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** GETs JSON from a Jaeger or Tempo query API; a failure names the backend, the URL and the answer. */
final class QueryHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String backend;
    private final URI base;
    private final HttpClient client;

    QueryHttp(String backend, URI base) {
        this.backend = backend;
        this.base = base;
        this.client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    URI base() {
        return base;
    }

    /** The JSON answer; {@code null} for a 404 (Jaeger's "no traces found"). */
    JsonNode get(String path, Map<String, String> query) {
        String parameters = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(
                base.toString().replaceAll("/+$", "") + path + (parameters.isEmpty() ? "" : "?" + parameters));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return null;
            }
            if (response.statusCode() != 200) {
                throw new TraceSourceException(backend + " at " + uri + " answered HTTP " + response.statusCode() + ": "
                        + Ids.abbreviate(new String(response.body(), StandardCharsets.UTF_8)));
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new TraceSourceException(backend + " at " + uri + " cannot be read: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TraceSourceException(backend + " query to " + uri + " was interrupted", e);
        }
    }
}
