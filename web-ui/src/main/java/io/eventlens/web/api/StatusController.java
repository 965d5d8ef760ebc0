package io.eventlens.web.api;

import io.eventlens.lag.health.ConnectionStatus;
import io.eventlens.web.demo.DemoWorldLifecycle;
import io.eventlens.web.status.SystemStatus;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/status}: what EventLens is connected to, for scripts and checks. */
@RestController
@RequestMapping("/api")
class StatusController {

    private final SystemStatus status;
    private final ObjectProvider<DemoWorldLifecycle> demoWorld;

    StatusController(SystemStatus status, ObjectProvider<DemoWorldLifecycle> demoWorld) {
        this.status = status;
        this.demoWorld = demoWorld;
    }

    @GetMapping("/status")
    Map<String, Object> status(Principal principal) {
        SystemStatus.Snapshot snapshot = status.snapshot();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", principal.getName());
        body.put("demo", snapshot.demo());
        body.put("kafka", connection(snapshot.kafka()));
        body.put("redis", connection(snapshot.redis()));
        body.put(
                "database",
                Map.of(
                        "kind",
                        snapshot.database().kind(),
                        "url",
                        snapshot.database().url()));
        // in the demo: where to post an order, then search its correlation id
        demoWorld.ifAvailable(world ->
                world.referenceSystemUrl().ifPresent(url -> body.put("referenceSystem", Map.of("url", url))));
        return body;
    }

    private static Map<String, Object> connection(ConnectionStatus status) {
        return Map.of("target", status.target(), "connected", status.connected(), "detail", status.detail());
    }
}
