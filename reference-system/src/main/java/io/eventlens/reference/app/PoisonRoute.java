package io.eventlens.reference.app;

import com.sun.net.httpserver.HttpExchange;
import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.event.Topics;
import io.eventlens.reference.fault.PoisonInjector;
import io.eventlens.reference.http.ApiServer;
import io.eventlens.reference.http.Exchanges;
import io.eventlens.reference.http.InvalidRequestException;
import io.eventlens.reference.http.Problem;
import java.io.IOException;

/** {@code POST /admin/poison?topic=orders&count=3}: publishes malformed records for the DLQ paths. */
final class PoisonRoute implements ApiServer.Route {

    private final PoisonInjector injector;

    PoisonRoute(PoisonInjector injector) {
        this.injector = injector;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            throw new InvalidRequestException(Exchanges.methodNotAllowed(exchange, "POST"));
        }
        String topic = Exchanges.query(exchange, "topic");
        String count = Exchanges.query(exchange, "count");
        try {
            int sent =
                    injector.inject(topic == null ? Topics.ORDERS : topic, count == null ? 1 : Integer.parseInt(count));
            Exchanges.json(
                    exchange,
                    202,
                    EventCodec.object()
                            .put("poison_records", sent)
                            .put("topic", topic == null ? Topics.ORDERS : topic));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    Problem.of("invalid-poison", "Invalid poison request", 422, e.getMessage()));
        }
    }
}
