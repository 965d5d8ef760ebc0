package io.eventlens.reference.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stands in for a trace collector during a benchmark: accepts OTLP/HTTP exports on
 * {@code /v1/traces} and throws them away, so the services' exporters work as they would against a
 * real one (an unreachable endpoint keeps every span queued, which is not the system being measured).
 */
final class OtlpSink implements AutoCloseable {

    private final HttpServer server;
    private final AtomicLong exports = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    OtlpSink() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the benchmark's trace sink on 127.0.0.1", e);
        }
        server.createContext("/v1/traces", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                bytes.addAndGet(body.transferTo(OutputStream.nullOutputStream()));
            }
            exports.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    String summary() {
        return exports.get() + " trace exports received (" + bytes.get() / 1024 + " KiB)";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
