package io.eventlens.reference.order;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.http.ApiServer;
import io.eventlens.reference.http.Exchanges;
import io.eventlens.reference.http.InvalidRequestException;
import io.eventlens.reference.http.Problem;
import io.eventlens.reference.saga.SagaStore;
import io.eventlens.reference.saga.SagaView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code POST /orders} with an {@code application/json} body (202 Accepted with the pending order; {@code ?mode=sync}
 * answers 201 once
 * every side effect is done; an {@code Idempotency-Key} seen before answers 200 with the first order)
 * and {@code GET /orders/{id}} (the order with its saga's state).
 */
public final class OrdersRoute implements ApiServer.Route {

    private static final int MAX_KEY = 200;

    private final OrderValidator validator;
    private final OrderService orders;
    private final SagaStore sagas;

    public OrdersRoute(OrderValidator validator, OrderService orders, SagaStore sagas) {
        this.validator = validator;
        this.orders = orders;
        this.sagas = sagas;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals("/orders") || path.equals("/orders/")) {
            if (!method.equals("POST")) {
                throw new InvalidRequestException(Exchanges.methodNotAllowed(exchange, "POST"));
            }
            post(exchange);
        } else if (path.startsWith("/orders/") && path.indexOf('/', 8) < 0) {
            if (!method.equals("GET")) {
                throw new InvalidRequestException(Exchanges.methodNotAllowed(exchange, "GET"));
            }
            get(exchange, path.substring(8));
        } else {
            throw new InvalidRequestException(Exchanges.notFound(exchange));
        }
    }

    private void post(HttpExchange exchange) throws IOException {
        String mode = Optional.ofNullable(Exchanges.query(exchange, "mode")).orElse("async");
        if (!mode.equals("async") && !mode.equals("sync")) {
            throw new InvalidRequestException(Problem.of(
                    "invalid-mode",
                    "Unknown mode",
                    400,
                    "mode \"" + mode + "\" is not allowed: use async (the default) or sync"));
        }
        byte[] body = Exchanges.jsonBody(exchange);
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key != null && (key.isBlank() || key.length() > MAX_KEY)) {
            throw new InvalidRequestException(Problem.of(
                    "invalid-idempotency-key",
                    "Invalid Idempotency-Key",
                    400,
                    "Idempotency-Key must be 1 to " + MAX_KEY + " characters, got " + key.length()));
        }
        OrderRequest request = validator.validate(body);
        OrderService.Placed placed = orders.place(request, key, fingerprint(request, mode), mode.equals("sync"));
        exchange.getResponseHeaders()
                .set("Location", "/orders/" + placed.order().id());
        if (placed.replayed()) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        }
        int status = placed.replayed() ? 200 : mode.equals("sync") ? 201 : 202;
        boolean fresh = status == 202; // a saga that has not started yet: no need to look
        Exchanges.json(
                exchange,
                status,
                OrderJson.of(
                        placed.order(),
                        fresh ? null : sagas.find(placed.order().id()).orElse(null)));
    }

    private void get(HttpExchange exchange, String id) throws IOException {
        OrderView order = orders.find(id)
                .orElseThrow(() -> new InvalidRequestException(
                        Problem.of("order-not-found", "Order not found", 404, "no order with id \"" + id + "\"")));
        SagaView saga = sagas.find(id).orElse(null);
        Exchanges.json(exchange, 200, OrderJson.of(order, saga));
    }

    private static String fingerprint(OrderRequest request, String mode) {
        try {
            byte[] canonical = (request.toString() + "|" + mode).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The order and its saga as JSON. */
    static final class OrderJson {
        private OrderJson() {}

        static ObjectNode of(OrderView order, SagaView saga) {
            ObjectNode json = EventCodec.object()
                    .put("order_id", order.id())
                    .put("status", order.status())
                    .put("mode", order.mode())
                    .put("total_cents", order.totalCents())
                    .put("currency", order.currency())
                    .put("created_at", order.createdAt().toString());
            if (order.statusReason() != null) {
                json.put("status_reason", order.statusReason());
            }
            json.putObject("customer")
                    .put("id", order.customer().id())
                    .put("email", order.customer().email());
            var lines = json.putArray("line_items");
            order.lines()
                    .forEach(line -> lines.addObject()
                            .put("sku", line.sku())
                            .put("quantity", line.quantity())
                            .put("unit_price_cents", line.unitPriceCents()));
            if (saga != null) {
                ObjectNode sagaJson = json.putObject("saga")
                        .put("state", saga.state().name())
                        .put("updated_at", saga.updatedAt().toString());
                saga.steps().forEach(sagaJson.putArray("steps")::add);
                if (saga.failureReason() != null) {
                    sagaJson.put("failure_reason", saga.failureReason());
                }
            }
            return json;
        }
    }
}
