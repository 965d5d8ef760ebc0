package io.eventlens.web.lag;

import io.eventlens.lag.alert.Alerts;
import io.eventlens.lag.alert.IncidentStore;
import io.eventlens.lag.alert.Notifier;
import io.eventlens.lag.alert.WebhookNotifier;
import io.eventlens.lag.history.LagHistoryQueries;
import io.eventlens.lag.history.LagHistoryStore;
import io.eventlens.lag.history.StatusChangeLog;
import io.eventlens.lag.kafka.KafkaLagSource;
import io.eventlens.lag.metrics.LagMetrics;
import io.eventlens.lag.monitor.LagMonitor;
import io.eventlens.lag.monitor.LagPoller;
import io.eventlens.lag.redis.RedisLagSource;
import io.eventlens.lag.source.LagSource;
import io.eventlens.lag.status.StatusRules;
import io.eventlens.web.config.EventLensProperties;
import io.eventlens.web.config.LagProperties;
import io.eventlens.web.db.DatabaseStatus;
import io.eventlens.web.kafka.KafkaConnection;
import io.eventlens.web.startup.StartupException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The lag monitor over the watched Kafka cluster and Redis, its history, metrics and poller. */
@Configuration(proxyBeanMethods = false)
class LagConfiguration {

    @Bean(destroyMethod = "close")
    LagMonitor lagMonitor(
            EventLensProperties properties,
            KafkaConnection kafka,
            RedisEndpoint redis,
            DatabaseStatus migrated,
            DataSource dataSource,
            MeterRegistry registry,
            ObjectProvider<WebhookNotifier> webhooks) {
        LagProperties lag = properties.lag();
        StatusRules rules = rules(lag);
        List<LagSource> sources = new ArrayList<>();
        sources.add(new KafkaLagSource(new HashMap<>(kafka.clientProperties()), Duration.ofSeconds(10)));
        if (!redis.url().isBlank()) {
            sources.add(new RedisLagSource(redis.url(), lag.redisMaxStreams(), lag.redisConsumerActive()));
        }
        LagMonitor monitor = new LagMonitor(sources, rules, lag.tableSize(), Clock.systemUTC());
        monitor.addListener(new LagHistoryStore(dataSource, lag.retention(), Clock.systemUTC()));
        List<Notifier> notifiers = new ArrayList<>(List.of(Alerts.log()));
        webhooks.ifAvailable(notifiers::add);
        monitor.addListener(new StatusChangeLog(
                new LagHistoryQueries(dataSource), new Alerts(new IncidentStore(dataSource), notifiers)));
        monitor.addListener(
                new LagMetrics(registry, lag.clusterName().isBlank() ? Map.of() : Map.of("kafka", lag.clusterName())));
        return monitor;
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("!'${eventlens.lag.webhooks:}'.isBlank()")
    WebhookNotifier webhookNotifier(EventLensProperties properties) {
        LagProperties lag = properties.lag();
        try {
            return new WebhookNotifier(lag.webhooks(), lag.webhookTimeout(), 5, Duration.ofSeconds(1));
        } catch (IllegalArgumentException e) {
            throw new StartupException(
                    "eventlens.lag.webhooks",
                    lag.webhooks().toString(),
                    e.getMessage(),
                    "Give http:// or https:// URLs, separated by commas.",
                    e);
        }
    }

    @Bean
    LagHistoryQueries lagHistoryQueries(DataSource dataSource) {
        return new LagHistoryQueries(dataSource);
    }

    @Bean(destroyMethod = "close")
    LagPoller lagPoller(LagMonitor monitor, EventLensProperties properties) {
        return new LagPoller(monitor, properties.lag().pollInterval());
    }

    private static StatusRules rules(LagProperties lag) {
        try {
            return new StatusRules(
                    lag.intervals(), lag.minDistance(), lag.allowedLag(), lag.minimumComplete(), lag.stoppedAfter());
        } catch (IllegalArgumentException e) {
            throw new StartupException(
                    "eventlens.lag.*", lag.toString(), e.getMessage(), "Correct the setting named in the message.", e);
        }
    }
}
