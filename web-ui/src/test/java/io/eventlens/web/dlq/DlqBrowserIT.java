package io.eventlens.web.dlq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.web.kafka.KafkaConnection;
import io.eventlens.web.ui.BrowserTestBase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.TestPropertySource;

/**
 * The DLQ page on the demo world plus a dead-letter topic of the test's own: an operator replays an
 * error group and watches the job reach 100 %, finds it in the audit, fixes one record (refused while
 * it fails its schema, sent once it validates), and a viewer is refused.
 */
@AutoConfigureObservability
@TestPropertySource(properties = "eventlens.dlq.poll-interval=2s")
class DlqBrowserIT extends BrowserTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String POISON = "io.eventlens.reference.event.PoisonEventException";

    @Autowired
    KafkaConnection kafka;

    private final String prefix = "it-" + UUID.randomUUID().toString().substring(0, 6) + "-";
    private final String dlt = prefix + "orders-dlt";
    private final String target = prefix + "repaired";

    @BeforeEach
    void deadLetters() throws Exception {
        try (Admin admin = Admin.create(kafka.clientProperties());
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                        kafka.clientProperties(), new ByteArraySerializer(), new ByteArraySerializer())) {
            admin.createTopics(List.of(new NewTopic(dlt, 1, (short) 1), new NewTopic(target, 1, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
            for (int i = 0; i < 5; i++) {
                send(
                        producer,
                        "{\"event_type\": \"OrderPlaced\", \"schema_version\": 1, \"customer\": {\"email\":"
                                + " \"ada@example.org\"}}",
                        "orders",
                        POISON,
                        "event " + i + " has no data");
            }
            for (int i = 0; i < 2; i++) {
                send(
                        producer,
                        "not json at all",
                        prefix + "payments",
                        "java.net.SocketTimeoutException",
                        "Read timed out after " + (i + 3) + " s");
            }
        }
        // the page lists what the last measuring round found (every 2 s here)
        await().atMost(Duration.ofSeconds(60))
                .until(() -> get("/api/dlq", "viewer:viewer").body().contains(dlt));
    }

    @Test
    void an_operator_replays_an_error_group_to_100_percent_sees_the_audit_and_fixes_one_record() throws Exception {
        browser.open(base() + "dlq").logIn("operator", "operator");
        chooseQueue();
        browser.waitForText(By.className("dlq-status"), "7 record(s) match");
        browser.script("document.querySelector('.echart').scrollIntoView({block: 'center'})");
        browser.screenshot("dlq-page");
        browser.waitFor(By.className("replay-target"))
                .findElement(By.tagName("input"))
                .sendKeys(target);
        browser.click(By.cssSelector("vaadin-button.replay-group"));

        browser.waitForText(By.className("replay-counters"), "completed · 100% · moved 5 of 5 to move");
        assertThat(browser.script("return document.querySelector('vaadin-progress-bar.replay-progress').value"))
                .isEqualTo(100L);
        browser.script("document.querySelector('.replay-progress').scrollIntoView({block: 'center'})");
        browser.screenshot("dlq-error-group-replayed");
        assertThat(readCommitted(target)).hasSize(5);

        browser.open(base() + "dlq/audit");
        browser.waitForText(By.className("dlq-audit"), "REPLAY_FINISHED");
        assertThat(browser.waitFor(By.className("dlq-audit")).getText()).contains(dlt, "finished: moved 5");
        browser.screenshot("dlq-audit");

        browser.open(base() + "dlq");
        chooseQueue();
        browser.click(By.xpath("//vaadin-grid-cell-content[text()='0-0']"));
        browser.waitForText(By.className("dlq-validation"), "Does not validate against");
        assertThat(browser.waitFor(By.className("dlq-payload")).getText())
                .contains("***")
                .doesNotContain("ada@");
        browser.click(By.className("dlq-fix"));
        setTextArea("{\"event_type\": \"OrderPlaced\"}");
        browser.click(By.className("fix-validate"));
        browser.waitForText(By.className("fix-verdict"), "Invalid against");
        assertThat(browser.script("return document.querySelector('vaadin-button.fix-send').disabled"))
                .isEqualTo(true);
        browser.screenshot("dlq-fix-refused");
        setTextArea(realOrderPlaced());
        browser.waitFor(By.className("fix-target"))
                .findElement(By.tagName("input"))
                .sendKeys(target);
        browser.click(By.className("fix-validate"));
        browser.waitForText(By.className("fix-verdict"), "Valid against");
        browser.click(By.className("fix-send"));
        browser.waitForText(By.className("fix-verdict"), "Sent to " + target);
        browser.screenshot("dlq-fix-sent");
        assertThat(readCommitted(target)).hasSize(6);
    }

    @Test
    void a_viewer_reads_masked_records_but_has_no_replay_and_the_server_refuses_one() throws Exception {
        browser.open(base() + "dlq").logIn("viewer", "viewer");
        chooseQueue();
        browser.waitForText(By.className("viewer-note"), "replaying and fixing need the operator user");
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-button.replay-group")))
                .isEmpty();
        browser.screenshot("dlq-viewer");

        HttpResponse<String> refused = post(
                "/api/dlq/" + dlt + "/replay", "viewer:viewer", "{\"selection\": {\"filter\": {}}, \"dryRun\": false}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(JSON.readTree(refused.body()).path("detail").asText())
                .isEqualTo("POST /api/dlq/" + dlt + "/replay needs the operator user; viewer may only read.");
        assertThat(readCommitted(target)).isEmpty();
    }

    @Test
    void the_rest_api_lists_browses_and_answers_bad_input_with_a_problem() throws Exception {
        // the demo dead-letters its poison email job after 3 deliveries 30 s apart: no configuration names it
        await().atMost(Duration.ofMinutes(3)).until(() -> {
            String body = get("/api/dlq", "viewer:viewer").body();
            return body.contains(dlt) && body.contains("\"email-jobs-dlq\"") && body.contains("-dlt\"");
        });
        JsonNode queues = JSON.readTree(get("/api/dlq", "viewer:viewer").body());
        JsonNode mine = null;
        for (JsonNode q : queues) {
            if (q.path("name").asText().equals(dlt)) {
                mine = q;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("backend").asText()).isEqualTo("kafka");
        assertThat(mine.path("depth").asLong()).isEqualTo(7);
        assertThat(mine.has("oldestAgeSeconds")).isTrue();
        assertThat(queues.findValuesAsText("name")).contains("email-jobs-dlq", "order-service-dlt");

        JsonNode page =
                JSON.readTree(get("/api/dlq/" + dlt + "/messages?exception=SocketTimeoutException", "viewer:viewer")
                        .body());
        assertThat(page.path("matched").asInt()).isEqualTo(2);
        assertThat(page.path("groups").get(0).path("key").asText())
                .isEqualTo("java.net.SocketTimeoutException: Read timed out after # s");
        assertThat(page.path("messages").get(0).path("payloadKind").asText()).isEqualTo("TEXT");

        HttpResponse<String> badFilter = get("/api/dlq/" + dlt + "/messages?from=yesterday", "viewer:viewer");
        assertThat(badFilter.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badFilter.body()).path("detail").asText())
                .startsWith("filter from='yesterday' cannot be read");
        HttpResponse<String> noTarget = post(
                "/api/dlq/" + dlt + "/replay",
                "operator:operator",
                "{\"selection\": {\"ids\": [\"0-0\"]}, \"target\": \"" + prefix + "nowhere\"}");
        assertThat(noTarget.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(noTarget.body()).path("detail").asText())
                .isEqualTo("target topic '" + prefix + "nowhere' does not exist; create it or pick another target");
        HttpResponse<String> started = post(
                "/api/dlq/" + dlt + "/replay",
                "operator:operator",
                "{\"selection\": {\"ids\": [\"0-5\"]}, \"target\": \"" + target + "\", \"rate\": 1}");
        assertThat(started.statusCode()).isEqualTo(202);
        String jobId = JSON.readTree(started.body()).path("id").asText();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> JSON.readTree(
                                get("/api/dlq/jobs/" + jobId, "viewer:viewer").body())
                        .path("status")
                        .asText()
                        .equals("COMPLETED"));
        assertThat(get("/actuator/prometheus", "viewer:viewer").body())
                .contains("eventlens_dlq_depth{backend=\"kafka\",dlq=\"" + dlt + "\"}")
                .contains("eventlens_dlq_oldest_age_seconds{backend=\"kafka\",dlq=\"" + dlt + "\"}")
                .contains("eventlens_dlq_replayed_total{outcome=\"moved\"}");
        assertThat(get("/api/dlq/audit", "viewer:viewer").body()).contains(jobId);
    }

    private void chooseQueue() {
        browser.click(By.className("dlq-refresh"));
        browser.click(By.xpath("//vaadin-grid-cell-content[text()='" + dlt + "']"));
        browser.waitFor(By.className("dlq-groups"));
    }

    private void setTextArea(String text) {
        browser.waitFor(By.cssSelector("vaadin-text-area.fix-payload"));
        browser.script(
                "const a = document.querySelector('vaadin-text-area.fix-payload'); a.value = arguments[0];"
                        + " a.dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                text);
    }

    /** An OrderPlaced the demo's order service published: valid against its schema by construction. */
    private String realOrderPlaced() {
        Map<String, Object> config = new HashMap<>(kafka.clientProperties());
        config.put("isolation.level", "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("orders").stream()
                    .map(p -> new TopicPartition("orders", p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            String[] found = {null};
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    String text = new String(r.value(), StandardCharsets.UTF_8);
                    if (found[0] == null && text.contains("\"OrderPlaced\"") && text.contains("\"data\"")) {
                        try {
                            JSON.readTree(text);
                            found[0] = text;
                        } catch (Exception e) {
                            // a poison record of the demo: keep looking
                        }
                    }
                }
                return found[0] != null;
            });
            return found[0];
        }
    }

    private List<ConsumerRecord<byte[], byte[]>> readCommitted(String topic) {
        Map<String, Object> config = new HashMap<>(kafka.clientProperties());
        config.put("isolation.level", "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (consumer.position(tp) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
            }
            return records;
        }
    }

    private void send(
            KafkaProducer<byte[], byte[]> producer, String value, String origin, String exception, String message)
            throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add("kafka_dlt-original-topic", origin.getBytes(StandardCharsets.UTF_8));
        headers.add(
                "kafka_dlt-original-partition", ByteBuffer.allocate(4).putInt(0).array());
        headers.add(
                "kafka_dlt-original-offset", ByteBuffer.allocate(8).putLong(1).array());
        headers.add("kafka_dlt-exception-fqcn", exception.getBytes(StandardCharsets.UTF_8));
        headers.add("kafka_dlt-exception-message", message.getBytes(StandardCharsets.UTF_8));
        producer.send(new ProducerRecord<>(
                        dlt,
                        null,
                        "k".getBytes(StandardCharsets.UTF_8),
                        value.getBytes(StandardCharsets.UTF_8),
                        headers))
                .get(30, TimeUnit.SECONDS);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        return HTTP.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String user, String body) throws Exception {
        return HTTP.send(
                request(path, user)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
    }
}
