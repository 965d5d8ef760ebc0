package io.eventlens.reference.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.eventlens.reference.event.EventCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reading requests and writing JSON or RFC 9457 answers on the JDK HTTP server. */
public final class Exchanges {

    /** Bodies above 1 MiB are refused before they are read whole. */
    public static final int MAX_BODY = 1 << 20;

    private static final String BODY_READ = "eventlens.body-read";

    private Exchanges() {}

    /** The request body, read whole; 415 unless its Content-Type is JSON, 413 above {@link #MAX_BODY}. */
    public static byte[] jsonBody(HttpExchange exchange) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String mediaType = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            throw new InvalidRequestException(Problem.of(
                    "unsupported-media-type",
                    "Unsupported media type",
                    415,
                    (type == null ? "no Content-Type" : "Content-Type " + type) + " on "
                            + exchange.getRequestURI().getPath() + ": allowed application/json"));
        }
        return body(exchange);
    }

    public static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            exchange.setAttribute(BODY_READ, body.length <= MAX_BODY);
            if (body.length > MAX_BODY) {
                throw new InvalidRequestException(Problem.of(
                        "body-too-large",
                        "The body is too large",
                        413,
                        "the body exceeds " + MAX_BODY + " bytes: allowed at most " + MAX_BODY));
            }
            return body;
        }
    }

    private static boolean unreadBody(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        boolean hasBody = exchange.getRequestHeaders().containsKey("Transfer-Encoding")
                || (length != null && !length.equals("0"));
        return hasBody && !Boolean.TRUE.equals(exchange.getAttribute(BODY_READ));
    }

    public static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, "application/json", EventCodec.text(body).getBytes(StandardCharsets.UTF_8));
    }

    public static void problem(HttpExchange exchange, Problem problem) throws IOException {
        if (unreadBody(exchange)) {
            // the server would drop the connection after this answer without saying so; say it, so that a
            // client does not send its next request on a connection about to close
            exchange.getResponseHeaders().set("Connection", "close");
        }
        send(
                exchange,
                problem.status(),
                "application/problem+json",
                problem.body(exchange.getRequestURI().getPath()));
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public static Problem methodNotAllowed(HttpExchange exchange, String allowed) {
        exchange.getResponseHeaders().set("Allow", allowed);
        return Problem.of(
                "method-not-allowed",
                "Method not allowed",
                405,
                exchange.getRequestMethod() + " is not allowed on "
                        + exchange.getRequestURI().getPath() + ": allowed " + allowed);
    }

    public static Problem notFound(HttpExchange exchange) {
        return Problem.of(
                "not-found",
                "Not found",
                404,
                "nothing at " + exchange.getRequestURI().getPath());
    }

    /** The query parameter's value, or null. */
    public static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
