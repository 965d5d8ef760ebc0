package io.eventlens.web.kafka;

import io.eventlens.lag.health.ConnectionStatus;
import io.eventlens.lag.health.KafkaProbe;
import io.eventlens.web.config.EventLensProperties;
import io.eventlens.web.startup.StartupException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A configured cluster: it must answer at start, or the start stops and says so. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${eventlens.kafka.bootstrap-servers:}'.isBlank()")
class ExternalKafkaConfiguration {

    @Bean
    KafkaConnection kafkaConnection(EventLensProperties properties) {
        EventLensProperties.Kafka kafka = properties.kafka();
        Map<String, Object> client = new HashMap<>(kafka.properties());
        client.put("bootstrap.servers", kafka.bootstrapServers().strip());
        ConnectionStatus status = new KafkaProbe(client, kafka.startupTimeout()).probe();
        if (!status.connected()) {
            throw new StartupException(
                    "eventlens.kafka.bootstrap-servers",
                    kafka.bootstrapServers(),
                    "no broker answered within " + kafka.startupTimeout().toSeconds() + " s (" + status.detail() + ")",
                    "Check the address, that the cluster runs and the client settings under "
                            + "eventlens.kafka.properties.*"
                            + " (security.protocol, sasl.*, ssl.*); leave bootstrap-servers "
                            + "unset to run the embedded demo.",
                    null);
        }
        return new KafkaConnection(client, false);
    }
}
