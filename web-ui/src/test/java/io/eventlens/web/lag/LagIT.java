package io.eventlens.web.lag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.web.demo.DemoWorldLifecycle;
import io.eventlens.web.kafka.KafkaConnection;
import io.eventlens.web.ui.BrowserTestBase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo world's consumer groups on the Lag page, in GET /api/lag and on /actuator/prometheus. The
 * demo's Redis is the embedded one (nothing answers at the configured URL), and Burrow's window is
 * short (5 samples at least 2 s apart), so statuses turn within seconds; a group without members that
 * falls behind is STOP after 20 s.
 */
@AutoConfigureObservability(tracing = false) // Spring Boot leaves metrics exporters out of tests unless asked
@TestPropertySource(
        properties = {
            "eventlens.lag.poll-interval=1s",
            "eventlens.lag.intervals=5",
            "eventlens.lag.min-distance=2s",
            "eventlens.lag.minimum-complete=0.8",
            "eventlens.lag.stopped-after=20s"
        })
class LagIT extends BrowserTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private KafkaConnection kafka;

    @Autowired
    private DemoWorldLifecycle demo;

    /** A port nothing listens on: the demo then starts its embedded Redis (6.2), as on a machine with only Java. */
    @DynamicPropertySource
    static void noRedisAtTheConfiguredUrl(DynamicPropertyRegistry registry) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int closed = socket.getLocalPort();
            registry.add("eventlens.redis.url", () -> "redis://127.0.0.1:" + closed);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + path.substring(1)))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A Kafka group of the demo that has committed something. */
    private JsonNode demoGroup() {
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            JsonNode body = JSON.readTree(get("/api/lag").body());
                            for (JsonNode group : body.path("groups")) {
                                if (group.path("backend").asText().equals("kafka")
                                        && group.path("partitions").size() > 0
                                        && !group.path("partitions")
                                                .get(0)
                                                .path("committedOffset")
                                                .isNull()) {
                                    return group;
                                }
                            }
                            return null;
                        },
                        group -> group != null);
    }

    @Test
    void the_rest_api_lists_the_demo_groups_in_its_contract() throws Exception {
        JsonNode group = demoGroup();
        JsonNode body = JSON.readTree(get("/api/lag").body());

        assertThat(body.fieldNames()).toIterable().containsExactly("groups", "sources");
        assertThat(group.fieldNames())
                .toIterable()
                .containsExactly("backend", "group", "status", "totalLag", "maxLagSeconds", "reason", "partitions");
        assertThat(group.path("partitions").get(0).fieldNames())
                .toIterable()
                .containsExactly(
                        "topic", "partition", "lag", "lagSeconds", "status", "committedOffset", "logEndOffset");
        assertThat(group.path("status").asText()).isIn("OK", "WARN", "ERR");
        assertThat(body.path("sources").get(0).path("backend").asText()).isEqualTo("kafka");
        assertThat(body.path("sources").get(0).path("state").asText()).isEqualTo("up");
    }

    @Test
    void prometheus_scrapes_show_group_lag_under_kafka_lag_exporters_names() throws Exception {
        String group = demoGroup().path("group").asText();

        String scrape = await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/actuator/prometheus").body(), text -> text.contains("group=\"" + group + "\""));
        assertThat(scrape)
                .contains("kafka_consumergroup_group_lag{backend=\"kafka\"")
                .contains("kafka_consumergroup_group_sum_lag{backend=\"kafka\"")
                .contains("kafka_consumergroup_group_max_lag_seconds{")
                .contains("kafka_partition_latest_offset{")
                .contains("kafka_consumergroup_poll_time_ms{");
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(200);
    }

    /**
     * A test producer writes ahead of a group that committed offset 0 once and never again (a stopped
     * consumer): the chart's total line climbs with every sample, and the group turns ERR with the reason
     * why (no members, committed offset unchanged while records arrived), though its window never fills.
     */
    @Test
    void a_groups_chart_shows_its_lag_growing_over_time_from_a_deep_link() throws Exception {
        String topic = "lag-chart-orders";
        String group = "lag-chart-stopped-consumer";
        try (Admin admin = Admin.create(kafka.clientProperties());
                KafkaProducer<String, String> producer =
                        new KafkaProducer<>(kafka.clientProperties(), new StringSerializer(), new StringSerializer())) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            for (int partition = 0; partition < 3; partition++) {
                start.put(new TopicPartition(topic, partition), new OffsetAndMetadata(0));
            }
            admin.alterConsumerGroupOffsets(group, start).all().get();
            // fifteen records every half second, paced by a scheduler, while the page samples the lag
            AtomicInteger sent = new AtomicInteger();
            ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
            writer.scheduleWithFixedDelay(
                    () -> {
                        for (int i = 0; i < 15; i++) {
                            int n = sent.getAndIncrement();
                            producer.send(new ProducerRecord<>(topic, "key-" + (n % 7), "order-" + n));
                        }
                        producer.flush();
                    },
                    0,
                    500,
                    TimeUnit.MILLISECONDS);
            try {
                browser.open(base() + "lag?group=" + URLEncoder.encode(group, StandardCharsets.UTF_8))
                        .logIn("viewer", "viewer");
                browser.waitFor(By.className("lag-chart"));
                // the hour view has 15 s buckets: four points take about a minute
                await().atMost(Duration.ofSeconds(120)).until(() -> totals().size() >= 4);
            } finally {
                writer.shutdown();
                assertThat(writer.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            }
        }
        List<Long> totals = totals();
        assertThat(totals.get(totals.size() - 1))
                .as("latest total lag on the chart")
                .isGreaterThan(100);
        assertThat(totals.get(totals.size() - 1)).isGreaterThan(totals.get(0));
        assertThat(totals)
                .as("the lag line of a stopped consumer never goes down")
                .isSorted();
        assertThat(browser.waitFor(By.className("lag-groups")).getText()).contains(group);
        assertThat(browser.waitFor(By.className("lag-partitions")).getText())
                .contains("Lag in seconds")
                .contains(topic);
        assertThat(browser.waitFor(By.className("lag-changes")).getText()).contains(" UTC");
        // the page polls every 5 s: the reason shows the stopped group once stopped-after (20 s) has passed
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                browser.waitFor(By.className("lag-reason")).getText())
                        .startsWith(topic + "-")
                        .containsPattern(" STOP: no members, committed offset unchanged for \\d+ (s|min) while"
                                + " [\\d,]+ records arrived \\(lag now [\\d,]+\\)"));
        assertThat(browser.waitFor(By.className("lag-groups")).getText()).contains("ERR");
        browser.script("document.querySelector('.lag-chart').scrollIntoView()");
        browser.screenshot("lag-group-chart");
    }

    /**
     * The demo's email service (8 senders) keeps up at 3 s per email; at 10 s it handles 0.8 jobs/s of
     * the ~1.7/s the load makes, still acknowledging: Burrow's WARN (moving, but lag grows).
     */
    @Test
    void the_slow_email_service_goes_warn_when_the_email_delay_is_raised() throws Exception {
        JsonNode email = await().atMost(Duration.ofSeconds(60)).until(() -> emailGroup(), group -> group != null);
        String group = email.path("group").asText();
        String reference = demo.referenceSystemUrl().orElseThrow();
        String token = demo.referenceAdminToken().orElseThrow();

        HttpResponse<String> raised = HTTP.send(
                HttpRequest.newBuilder(URI.create(reference + "/admin/faults"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"email_delay_ms\": 10000}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
        assertThat(JSON.readTree(raised.body()).path("email_delay_ms").asLong()).isEqualTo(10000);

        // WARN needs 4 samples 2 s apart in which the lag never went down: load and send jitter can take a while
        JsonNode warn = await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> emailGroup(),
                        g -> g != null && g.path("status").asText().equals("WARN"));
        assertThat(warn.path("group").asText()).isEqualTo(group);
        assertThat(warn.path("reason").asText()).contains("not keeping up");
        assertThat(warn.path("totalLag").asLong()).isPositive();
        assertThat(warn.path("partitions").get(0).path("status").asText()).isEqualTo("WARN");
    }

    /** The Redis group reading the demo's email stream, or null before it shows. */
    private JsonNode emailGroup() throws Exception {
        for (JsonNode group : JSON.readTree(get("/api/lag").body()).path("groups")) {
            if (group.path("backend").asText().equals("redis")
                    && group.path("partitions").size() > 0
                    && group.path("partitions").get(0).path("topic").asText().equals("email-jobs")) {
                return group;
            }
        }
        return null;
    }

    /** The chart's "total" series as drawn (its data-series attribute), in time order. */
    private List<Long> totals() throws Exception {
        Object value = browser.script("const c = document.querySelector('.lag-chart');"
                + " return c ? c.getAttribute('data-series') : null;");
        List<Long> totals = new ArrayList<>();
        if (value == null) {
            return totals;
        }
        for (JsonNode series : JSON.readTree(value.toString()).path("series")) {
            if (series.path("name").asText().equals("total")) {
                series.path("data").forEach(point -> totals.add(point.get(1).asLong()));
            }
        }
        return totals;
    }

    @Test
    void the_dashboard_card_links_the_worst_groups_to_their_charts() throws Exception {
        demoGroup();
        browser.open(base()).logIn("viewer", "viewer");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            browser.open(base());
            assertThat(browser.waitFor(By.cssSelector(".lag-worst a")).getAttribute("href"))
                    .contains("lag?group=");
        });
        browser.screenshot("lag-dashboard-card");
    }
}
