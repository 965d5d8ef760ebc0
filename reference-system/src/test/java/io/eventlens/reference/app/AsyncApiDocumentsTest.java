package io.eventlens.reference.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventlens.reference.event.EventCodec;
import io.eventlens.reference.event.EventTypes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AsyncApiDocumentsTest {

    private final AsyncApiContract contract = new AsyncApiContract();

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "order-service",
                "saga-orchestrator",
                "payment-service",
                "inventory-service",
                "shipping-service",
                "email-service",
                "warehouse-service",
                "analytics-service"
            })
    void each_service_document_is_asyncapi_3_and_every_reference_resolves(String service) {
        JsonNode document = AsyncApiContract.document(service + ".yaml");

        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.path("operations").size()).isPositive();
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, JsonNode> channel : document.path("channels").properties()) {
            for (Map.Entry<String, JsonNode> message :
                    channel.getValue().path("messages").properties()) {
                String ref = message.getValue().path("$ref").asText();
                String name = ref.substring(ref.lastIndexOf('/') + 1);
                if (!ref.startsWith("./common.yaml#/components/messages/") || !contract.documents(name)) {
                    broken.add(channel.getKey() + "/" + message.getKey() + " -> " + ref);
                }
            }
        }
        for (Map.Entry<String, JsonNode> operation : document.path("operations").properties()) {
            String channel =
                    operation.getValue().path("channel").path("$ref").asText().replace("#/channels/", "");
            for (JsonNode message : operation.getValue().path("messages")) {
                String pointer = message.path("$ref").asText().substring(1);
                if (!channel.isEmpty() && document.at(pointer).isMissingNode()) {
                    broken.add(operation.getKey() + " -> " + pointer);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void every_event_and_command_the_code_knows_is_documented() throws IllegalAccessException {
        List<String> undocumented = new ArrayList<>();
        for (Field field : EventTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !contract.documents((String) field.get(null))) {
                undocumented.add((String) field.get(null));
            }
        }
        assertThat(EventTypes.class.getFields()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(undocumented).isEmpty();
    }

    @Test
    void the_contract_refuses_a_payload_that_breaks_its_schema() {
        JsonNode payload = EventCodec.tree("{\"event_type\":\"PaymentCharged\",\"schema_version\":1,"
                + "\"event_id\":\"e\",\"timestamp\":\"t\",\"source\":\"s\",\"correlation_id\":\"o\","
                + "\"causation_id\":null,\"data\":{\"order_id\":\"o\",\"amount_cents\":-5}}");

        assertThat(contract.violations("PaymentCharged", payload))
                .anySatisfy(violation -> assertThat(violation).contains("/data/amount_cents"))
                .anySatisfy(violation -> assertThat(violation).contains("currency"));
    }
}
