package io.eventlens.reference.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference system's HTTP API on the JDK's server. Every route answers refusals as RFC 9457
 * problems; an unexpected failure is a 500 problem, logged, never a stack trace to the client.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    /** Idle keep-alive connections kept open, far above the 200 clients of the load test. */
    static final int MAX_IDLE_CONNECTIONS = 10_000;

    /** Seconds a keep-alive connection may stay idle: longer than the JDK client's 1200 s. */
    static final int IDLE_SECONDS = 1_800;

    static {
        // The JDK server flushes a response's headers before its body; with Nagle's algorithm on, a
        // small body then waits for the client's delayed ACK (up to 40 ms on Linux; JDK-6968351).
        // Read once, when the JDK's server first starts: an explicit setting of the user's wins.
        defaultTo("sun.net.httpserver.nodelay", "true");
        // The server closes a keep-alive connection without telling the client (no "Connection: close":
        // the answer has gone out already) when, after an answer, it holds maxIdleConnections (200) idle
        // ones, and when one has been idle idleInterval (30 s). The JDK client keeps idle connections for
        // jdk.httpclient.keepalive.timeout (1200 s) and reuses the oldest first, so its next request on
        // such a connection fails with a broken pipe or a lost answer. Keep more idle connections than
        // clients we serve, and each longer than a JDK client does.
        defaultTo("sun.net.httpserver.maxIdleConnections", String.valueOf(MAX_IDLE_CONNECTIONS));
        defaultTo("sun.net.httpserver.idleInterval", String.valueOf(IDLE_SECONDS));
    }

    private static void defaultTo(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Tracer tracer;

    /** @param port 0 picks a free port */
    public ApiServer(String host, int port, int threads, Tracer tracer) {
        this.tracer = tracer;
        try {
            this.server = HttpServer.create(new InetSocketAddress(host, port), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot listen on " + host + ":" + port + ": " + e.getMessage()
                            + ". Free the port or choose another (reference.http.port, 0 picks a free one).",
                    e);
        }
        this.executor = Executors.newFixedThreadPool(threads, runnable -> new Thread(runnable, "reference-http"));
        server.setExecutor(executor);
    }

    /** Routes {@code path} (and everything under it) to {@code route}. */
    public ApiServer route(String path, Route route) {
        server.createContext(path, exchange -> traced(exchange, path, route));
        return this;
    }

    public ApiServer start() {
        server.start();
        LOG.info(
                "Reference system API listening on http://{}:{}",
                server.getAddress().getHostString(),
                port());
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** A SERVER span per request, named {@code METHOD /route}, with the answer's status. */
    private void traced(HttpExchange exchange, String path, Route route) throws IOException {
        Span span = tracer.spanBuilder(exchange.getRequestMethod() + " " + path)
                .setSpanKind(SpanKind.SERVER)
                .setAttribute("http.request.method", exchange.getRequestMethod())
                .setAttribute("url.path", exchange.getRequestURI().getPath())
                .setAttribute("http.route", path)
                .startSpan();
        Scope scope = span.makeCurrent();
        try {
            handle(exchange, route);
        } finally {
            scope.close();
            span.setAttribute("http.response.status_code", exchange.getResponseCode());
            span.end();
        }
    }

    private static void handle(HttpExchange exchange, Route route) throws IOException {
        try {
            route.handle(exchange);
        } catch (InvalidRequestException e) {
            Exchanges.problem(exchange, e.problem());
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            Exchanges.problem(
                    exchange,
                    Problem.of(
                            "internal-error",
                            "Internal error",
                            500,
                            "the request failed inside the reference system ("
                                    + e.getClass().getSimpleName() + "); see its log"));
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** One route's handler. */
    @FunctionalInterface
    public interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }
}
