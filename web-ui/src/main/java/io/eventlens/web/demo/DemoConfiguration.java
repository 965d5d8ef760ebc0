package io.eventlens.web.demo;

import io.eventlens.reference.kafka.EmbeddedKafkaBroker;
import io.eventlens.reference.kafka.EmbeddedKafkaException;
import io.eventlens.web.catalog.ExtraCatalogFolders;
import io.eventlens.web.config.EventLensProperties;
import io.eventlens.web.db.DataFolder;
import io.eventlens.web.kafka.KafkaConnection;
import io.eventlens.web.lag.RedisEndpoint;
import io.eventlens.web.startup.StartupException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * No Kafka configured: EventLens starts the bundled world (a real embedded KRaft broker and the
 * reference order system under a gentle load) and watches that. The only place the
 * application touches {@code reference-system}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${eventlens.kafka.bootstrap-servers:}'.isBlank()")
class DemoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedKafkaBroker embeddedKafkaBroker(EventLensProperties properties, DataFolder dataFolder) {
        EventLensProperties.Embedded embedded = properties.kafka().embedded();
        try {
            return new EmbeddedKafkaBroker(
                            dataFolder.path().resolve("kafka"), embedded.port(), embedded.controllerPort())
                    .start();
        } catch (EmbeddedKafkaException e) {
            throw startupFailure(e, embedded, dataFolder);
        }
    }

    private static StartupException startupFailure(
            EmbeddedKafkaException e, EventLensProperties.Embedded embedded, DataFolder dataFolder) {
        String problem = "the embedded Kafka broker cannot start: " + e.getMessage();
        String portAction =
                "Free the port, or pick another with --eventlens.kafka.embedded.port=<port> (0 picks a free one);"
                        + " or point EventLens at your cluster with --eventlens.kafka.bootstrap-servers=host:port.";
        if (e.getMessage().contains("controller port")) {
            return new StartupException(
                    "eventlens.kafka.embedded.controller-port",
                    String.valueOf(embedded.controllerPort()),
                    problem,
                    portAction,
                    e);
        }
        if (e.getMessage().contains(" port ")) {
            return new StartupException(
                    "eventlens.kafka.embedded.port", String.valueOf(embedded.port()), problem, portAction, e);
        }
        return new StartupException(
                "eventlens.data-dir",
                dataFolder.path().toString(),
                problem,
                "Choose another folder with --eventlens.data-dir=<folder>, or remove its kafka folder to start afresh.",
                e);
    }

    /**
     * The reference order system beside the broker, with a gentle load: the traffic the pages show.
     * It starts after the web server listens and stops before it ({@link DemoWorldLifecycle}).
     */
    @Bean
    DemoWorldLifecycle demoWorld(
            EmbeddedKafkaBroker broker,
            EventLensProperties properties,
            DataFolder dataFolder,
            RedisEndpoint redis,
            WebServerApplicationContext context) {
        return new DemoWorldLifecycle(
                broker.bootstrapServers(), dataFolder.path().resolve("reference"), redis.url(), context);
    }

    /** The bundled system's documents join the catalog, so the demo's catalog shows what runs. */
    @Bean
    ExtraCatalogFolders referenceDocuments(DataFolder dataFolder) {
        return new ExtraCatalogFolders(
                List.of(ReferenceDocuments.extract(dataFolder.path().resolve("reference-asyncapi"))));
    }

    /** The configured Redis when it answers, else an embedded one (DESIGN.md): the email service needs one. */
    @Bean(destroyMethod = "close")
    DemoRedis demoRedis(EventLensProperties properties) {
        return DemoRedis.start(properties.redis().url());
    }

    /** The Redis the demo's email service uses is the one the lag monitor reads. */
    @Bean
    RedisEndpoint redisEndpoint(DemoRedis redis) {
        return new RedisEndpoint(redis.url());
    }

    @Bean
    KafkaConnection kafkaConnection(EmbeddedKafkaBroker broker) {
        return new KafkaConnection(Map.of("bootstrap.servers", broker.bootstrapServers()), true);
    }
}
