package io.eventlens.reference.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.http.ApiServer;
import io.eventlens.reference.http.Exchanges;
import io.eventlens.reference.http.InvalidRequestException;
import io.eventlens.reference.http.Problem;
import io.eventlens.reference.http.RequestJson;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;

/**
 * {@code GET /admin/faults} shows the faults; {@code PUT /admin/faults} with a JSON object changes the
 * named ones at once, e.g. {@code {"payment_decline_rate": 0.2, "warehouse_down": true}}. Both need the admin
 * token ({@link io.eventlens.reference.http.AdminToken}); a change must be {@code application/json}.
 */
public final class FaultsRoute implements ApiServer.Route {

    private static final String ALLOWED = "payment_decline_rate, out_of_stock_rate, shipment_failure_rate, "
            + "duplicate_delivery_rate, email_delay_ms, warehouse_down";

    private final Faults faults;

    public FaultsRoute(Faults faults) {
        this.faults = faults;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestMethod()) {
            case "GET" -> Exchanges.json(exchange, 200, json(faults));
            case "PUT", "POST" -> {
                apply(exchange, Exchanges.jsonBody(exchange));
                Exchanges.json(exchange, 200, json(faults));
            }
            default -> throw new InvalidRequestException(Exchanges.methodNotAllowed(exchange, "GET, PUT"));
        }
    }

    private void apply(HttpExchange exchange, byte[] body) {
        JsonNode changes = RequestJson.read(body);
        if (!changes.isObject()) {
            throw invalid("expected a JSON object with any of: " + ALLOWED);
        }
        for (Map.Entry<String, JsonNode> change : changes.properties()) {
            try {
                set(change.getKey(), change.getValue());
            } catch (IllegalArgumentException e) {
                throw invalid("/" + change.getKey() + ": " + e.getMessage());
            }
        }
    }

    private void set(String name, JsonNode value) {
        switch (name) {
            case "payment_decline_rate" -> faults.paymentDeclineRate(number(value));
            case "out_of_stock_rate" -> faults.outOfStockRate(number(value));
            case "shipment_failure_rate" -> faults.shipmentFailureRate(number(value));
            case "duplicate_delivery_rate" -> faults.duplicateDeliveryRate(number(value));
            case "email_delay_ms" -> faults.emailDelay(Duration.ofMillis((long) number(value)));
            case "warehouse_down" -> {
                if (!value.isBoolean()) {
                    throw new IllegalArgumentException(value + " is not allowed: true or false");
                }
                faults.warehouseDown(value.asBoolean());
            }
            default -> throw new IllegalArgumentException("unknown fault \"" + name + "\": allowed " + ALLOWED);
        }
    }

    private static double number(JsonNode value) {
        if (!value.isNumber()) {
            throw new IllegalArgumentException(value + " is not a number");
        }
        return value.asDouble();
    }

    private static InvalidRequestException invalid(String detail) {
        return new InvalidRequestException(Problem.of("invalid-faults", "Invalid fault settings", 422, detail));
    }

    static ObjectNode json(Faults faults) {
        return EventCodec.object()
                .put("payment_decline_rate", faults.paymentDeclineRate())
                .put("out_of_stock_rate", faults.outOfStockRate())
                .put("shipment_failure_rate", faults.shipmentFailureRate())
                .put("duplicate_delivery_rate", faults.duplicateDeliveryRate())
                .put("email_delay_ms", faults.emailDelay().toMillis())
                .put("warehouse_down", faults.warehouseDown());
    }
}
