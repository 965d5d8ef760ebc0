package io.eventlens.web.lag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.web.ui.BrowserTestBase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.TestPropertySource;

/** The demo world's consumer groups on the Lag page, in GET /api/lag and on /actuator/prometheus. */
@AutoConfigureObservability(tracing = false) // Spring Boot leaves metrics exporters out of tests unless asked
@TestPropertySource(properties = {"eventlens.lag.poll-interval=1s"})
class LagIT extends BrowserTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Test
    void a_groups_chart_shows_its_lag_over_time_from_a_deep_link() throws Exception {
        String group = demoGroup().path("group").asText();
        browser.open(base() + "lag?group=" + URLEncoder.encode(group, StandardCharsets.UTF_8))
                .logIn("viewer", "viewer");

        browser.waitFor(By.className("lag-chart"));
        await().atMost(Duration.ofSeconds(60)).until(() -> points() > 4);
        assertThat(browser.waitFor(By.className("lag-groups")).getText()).contains(group);
        assertThat(browser.waitFor(By.className("lag-partitions")).getText()).contains("Lag in seconds");
        assertThat(browser.waitFor(By.className("lag-changes")).getText()).contains(" UTC");
        browser.script("document.querySelector('.lag-detail').scrollIntoView()");
        browser.screenshot("lag-group-chart");
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

    private long points() {
        Object value = browser.script("const c = document.querySelector('.lag-chart');"
                + " return c ? c.getAttribute('data-points') : null;");
        return value == null ? 0 : Long.parseLong(value.toString());
    }
}
