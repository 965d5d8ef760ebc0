package io.eventlens.flow.trace;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP server answering recorded responses (written from the backend's API documentation)
 * by path; every request it saw is kept, decoded, for the test to check what was asked.
 */
final class RecordedBackend implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    RecordedBackend() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            URI uri = exchange.getRequestURI();
            String query =
                    uri.getRawQuery() == null ? "" : URLDecoder.decode(uri.getRawQuery(), StandardCharsets.UTF_8);
            requests.add(uri.getPath() + (query.isEmpty() ? "" : "?" + query));
            String answer = answers.entrySet().stream()
                    .filter(e -> (uri.getPath() + "?" + query).startsWith(e.getKey()))
                    .max(Comparator.comparingInt(e -> e.getKey().length()))
                    .map(Map.Entry::getValue)
                    .orElse(null);
            byte[] body = (answer == null ? "{\"error\":\"not found\"}" : answer).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer == null ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** Answers requests whose path and decoded query start with {@code prefix} (the longest prefix wins). */
    RecordedBackend answer(String prefix, String json) {
        answers.put(prefix, json);
        return this;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<String> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
