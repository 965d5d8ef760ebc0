package io.eventlens.web.dlq;

import io.eventlens.dlq.audit.AuditLog;
import io.eventlens.dlq.browse.DlqBrowser;
import io.eventlens.dlq.browse.KafkaDlqReader;
import io.eventlens.dlq.browse.PiiMasker;
import io.eventlens.dlq.browse.RedisDlqReader;
import io.eventlens.dlq.depth.DepthHistory;
import io.eventlens.dlq.depth.DepthReader;
import io.eventlens.dlq.depth.DlqMonitor;
import io.eventlens.dlq.depth.WebhookAlerts;
import io.eventlens.dlq.discovery.Discovery;
import io.eventlens.dlq.jobs.JobStore;
import io.eventlens.dlq.replay.HeaderPolicy;
import io.eventlens.dlq.replay.ReplayService;
import io.eventlens.dlq.replay.ReplaySettings;
import io.eventlens.dlq.validate.PayloadCheck;
import io.eventlens.lint.payload.PayloadValidator;
import io.eventlens.web.catalog.CatalogService;
import io.eventlens.web.config.EventLensProperties;
import io.eventlens.web.kafka.KafkaConnection;
import io.eventlens.web.startup.StartupException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;

/** Wires the DLQ inspector over the watched Kafka, the configured Redis and the application's database. */
@Configuration(proxyBeanMethods = false)
class DlqConfiguration {

    @Bean(destroyMethod = "close")
    DlqClients dlqClients(KafkaConnection kafka, EventLensProperties properties) {
        Map<String, Object> client = new HashMap<>(kafka.clientProperties());
        client.put("client.id", "eventlens-dlq");
        Admin admin = Admin.create(client);
        Map<String, Object> consumer = new HashMap<>(client);
        consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<byte[], byte[]> depthConsumer =
                new KafkaConsumer<>(consumer, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        return new DlqClients(
                client, admin, depthConsumer, redis(properties.redis().url()));
    }

    @Bean
    DlqBrowser dlqBrowser(DlqClients clients, EventLensProperties properties) {
        EventLensProperties.Dlq dlq = properties.dlq();
        PiiMasker masker;
        try {
            masker = new PiiMasker(dlq.piiPaths());
        } catch (IllegalArgumentException e) {
            throw new StartupException(
                    "eventlens.dlq.pii-paths",
                    String.valueOf(dlq.piiPaths()),
                    e.getMessage(),
                    "Give JSON paths such as $..email or $.customer.name.",
                    e);
        }
        return new DlqBrowser(
                new KafkaDlqReader(clients.client()),
                clients.redis() == null ? null : new RedisDlqReader(clients.redis()),
                masker,
                dlq.maxScan());
    }

    @Bean
    DlqMonitor dlqMonitor(DlqClients clients, EventLensProperties properties) {
        EventLensProperties.Dlq dlq = properties.dlq();
        Discovery discovery = new Discovery(
                clients.admin(), clients.redis(), new HashSet<>(dlq.topics()), new HashSet<>(dlq.streams()));
        URI webhook = dlq.alertWebhook() == null || dlq.alertWebhook().isBlank() ? null : webhook(dlq.alertWebhook());
        return new DlqMonitor(
                discovery,
                new DepthReader(clients.admin(), clients.depthConsumer(), clients.redis(), Clock.systemUTC()),
                new DepthHistory(240, Duration.ofMinutes(5)),
                new WebhookAlerts(webhook),
                Duration.ofMinutes(5),
                Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    ReplayService replayService(
            DlqClients clients,
            DlqBrowser browser,
            DataSource dataSource,
            EventLensProperties properties,
            DlqMetrics metrics) {
        EventLensProperties.Dlq dlq = properties.dlq();
        HeaderPolicy policy =
                dlq.stripHeaders().isEmpty() ? HeaderPolicy.defaults() : new HeaderPolicy(dlq.stripHeaders());
        ReplaySettings settings = new ReplaySettings(
                policy, dlq.maxReplays(), new HashSet<>(dlq.protectedTopics()), dlq.staleAfter(), owner());
        return new ReplayService(
                clients.client(),
                clients.admin(),
                clients.redis(),
                browser,
                new KafkaDlqReader(clients.client()),
                new JobStore(dataSource, Clock.systemUTC()),
                new AuditLog(dataSource, Clock.systemUTC()),
                settings,
                Clock.systemUTC(),
                metrics::replayed);
    }

    @Bean
    AuditLog dlqAuditLog(DataSource dataSource) {
        return new AuditLog(dataSource, Clock.systemUTC());
    }

    @Bean
    PayloadCheck dlqPayloadCheck(CatalogService catalog) {
        // a reload between the two reads makes treeOf null: that check says "not known" rather than guess
        return new PayloadCheck(
                () -> catalog.state().current(), m -> catalog.state().treeOf(m), new PayloadValidator());
    }

    private static UnifiedJedis redis(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri = URI.create(url);
        return RedisClient.create(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort());
    }

    private static URI webhook(String text) {
        try {
            URI uri = URI.create(text);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new StartupException(
                    "eventlens.dlq.alert-webhook",
                    text,
                    e.getMessage(),
                    "Give an http(s) URL such as https://hooks.example.org/dlq, or leave it empty for log alerts only.",
                    e);
        }
    }

    private static String owner() {
        try {
            return InetAddress.getLocalHost().getHostName() + "-"
                    + UUID.randomUUID().toString().substring(0, 8);
        } catch (UnknownHostException e) {
            return "eventlens-" + UUID.randomUUID().toString().substring(0, 8);
        }
    }
}
