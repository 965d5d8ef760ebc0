package io.eventlens.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.lint.cli.Main;
import io.eventlens.web.demo.DemoWorldLifecycle;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Each hostile input of issue #15, sent as a hostile but fair user would: through the web API of the running app
 * (demo mode, default limits) and through the CLI in process, and the reference system's through its own API.
 * Each case asserts the answer (status, and a problem naming the limit or the value), that it comes within a
 * generous bound (a guard against hangs, not a performance figure), and that {@code /actuator/health} keeps
 * answering while the web API works on it. Failed log-ins go last: they block the loopback address for a minute.
 */
@DirtiesContext
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eventlens.kafka.embedded.port=0", "vaadin.devmode.devTools.enabled=false"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    private static final Duration BOUND = Duration.ofSeconds(90);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("eventlens.data-dir", () -> work.resolve("data").toString());
    }

    @Autowired
    DemoWorldLifecycle demo;

    // ---- the web app and the CLI -------------------------------------------------------------------------------

    @Test
    void billion_laughs_yaml_of_one_kilobyte_is_refused_at_once_naming_the_node_limit() throws Exception {
        String laughs = HostileInputs.billionLaughs(24);
        assertThat(laughs.length()).isLessThan(1_200);

        HttpResponse<String> rest =
                whileHealthAnswers(() -> send(post("/api/governance/check", "application/yaml", laughs)));
        Cli cli = cli("lint", file("laughs.yaml", laughs));

        assertProblem(rest, 400, "eventlens.limits.max-nodes");
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(2);
        assertThat(cli.err()).contains("eventlens.limits.max-nodes");
    }

    @Test
    void ref_fan_out_of_four_refs_seven_deep_is_refused_naming_the_limit_it_reached() throws Exception {
        String old = HostileInputs.refFanOut(4, 7, "string");
        String changed = HostileInputs.refFanOut(4, 7, "integer");
        String body = "{\"versions\": [" + old + ", " + changed + "]}";

        HttpResponse<String> rest =
                whileHealthAnswers(() -> send(post("/api/governance/compat", "application/json", body)));
        Cli cli = cli("compat", file("fan-old.json", old), file("fan-new.json", changed));

        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(400);
        assertThat(rest.body()).containsAnyOf("eventlens.limits.max-ref-expansions", "eventlens.limits.max-changes");
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(2);
        assertThat(cli.err()).containsAnyOf("eventlens.limits.max-ref-expansions", "eventlens.limits.max-changes");
    }

    @Test
    void forty_thousand_properties_are_checked_within_the_bound() throws Exception {
        String wide = HostileInputs.wideDocument(40_000);
        assertThat(wide.length()).isBetween(1_000_000, 2_000_000);

        HttpResponse<String> rest =
                whileHealthAnswers(() -> send(post("/api/governance/check", "application/json", wide)));
        Cli cli = cli("lint", file("wide-40k.json", wide));

        assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(rest.body());
        assertThat(answer.path("messages").get(0).path("message").asText()).isEqualTo("Wide");
        assertThat(cli.exitCode()).as(cli.err()).isIn(0, 1);
    }

    @Test
    void three_hundred_thousand_properties_are_a_413_on_the_web_and_read_within_the_bound_by_the_cli()
            throws Exception {
        String wide = HostileInputs.wideDocument(300_000);

        HttpResponse<String> rest =
                whileHealthAnswers(() -> send(post("/api/governance/check", "application/json", wide)));
        Cli cli = cli("lint", file("wide-300k.json", wide));

        assertProblem(rest, 413, "allowed at most 5242880 bytes (eventlens.limits.max-request-body)");
        assertThat(cli.exitCode()).as(cli.err()).isIn(0, 1);
    }

    @Test
    void a_body_above_the_cap_is_a_413_and_the_cli_stops_reading_an_endless_file() throws Exception {
        String large = "a: " + "x".repeat(6 * 1024 * 1024);

        HttpResponse<String> rest =
                whileHealthAnswers(() -> send(post("/api/governance/check", "application/yaml", large)));
        Cli cli = cli("validate", Path.of("/dev/zero"));

        assertProblem(rest, 413, "eventlens.limits.max-request-body");
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(2);
        // validate reports each file's problems in its report (standard output), as for any unloadable file
        assertThat(cli.out() + cli.err()).contains("/dev/zero", "eventlens.limits.max-document-bytes");
    }

    @Test
    void a_twenty_megabyte_string_is_a_413_on_the_web_and_read_at_once_by_the_cli() throws Exception {
        String huge = "{\"type\": \"string\", \"description\": \"" + "x".repeat(20 * 1024 * 1024) + "\"}";
        String body = "{\"versions\": [" + huge + ", {\"type\": \"string\"}]}";

        HttpResponse<String> rest =
                whileHealthAnswers(() -> send(post("/api/governance/compat", "application/json", body)));
        Cli cli = cli("compat", file("huge.json", huge), file("small.json", "{\"type\": \"string\"}"));

        assertProblem(rest, 413, "eventlens.limits.max-request-body");
        // within the CLI's limits (64 MB per file, 64 Mi characters): JSON reads it at once (the YAML reader's cost
        // in long words is bounded by max-yaml-word, ParseBudgetTest); a description dropped is no change
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isZero(); // 0: compatible
    }

    @Test
    void invalid_utf8_is_refused_by_the_web_api_as_by_the_cli() throws Exception {
        byte[] broken = "asyncapi: 3.0.0\ninfo:\n  title: caf\u00e9\n".getBytes(StandardCharsets.UTF_8);
        broken[broken.length - 3] = (byte) 0xC3;
        broken[broken.length - 2] = (byte) 0x28;

        HttpResponse<String> rest = whileHealthAnswers(() -> send(authorized("/api/governance/check", "viewer:viewer")
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(broken))
                .build()));
        Path file = work.resolve("broken-utf8.yaml");
        Files.write(file, broken);
        Cli cli = cli("lint", file);

        assertProblem(rest, 400, "not UTF-8");
        assertThat(cli.exitCode()).as(cli.err()).isEqualTo(2);
        assertThat(cli.err()).contains("not UTF-8");
    }

    @Test
    void wrong_content_types_are_415_problems() throws Exception {
        HttpResponse<String> plain = whileHealthAnswers(
                () -> send(post("/api/governance/compat", "text/plain", "{\"versions\": [{}, {}]}")));
        HttpResponse<String> form = whileHealthAnswers(
                () -> send(post("/api/governance/check", "application/x-www-form-urlencoded", "asyncapi=3.0.0")));

        assertProblem(plain, 415, "text/plain");
        assertProblem(form, 415, "--data-binary @doc.yaml");
    }

    @Test
    void unknown_paths_are_404_problems() throws Exception {
        for (String path : List.of("/api/nope", "/api/governance/nope", "/actuator/env")) {
            HttpResponse<String> answer = whileHealthAnswers(() -> send(get(path, "viewer:viewer")));
            assertProblem(answer, 404, "");
        }
    }

    @Test
    void a_viewer_trying_operator_actions_is_a_403_problem() throws Exception {
        for (String path : List.of("/api/dlq/orders-dlt/replay", "/api/dlq/jobs/1/cancel")) {
            HttpResponse<String> answer = whileHealthAnswers(() -> send(authorized(path, "viewer:viewer")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build()));
            assertProblem(answer, 403, "needs the operator user");
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void wrong_passwords_are_throttled_and_health_still_answers() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        whileHealthAnswers(() -> {
            for (int i = 0; i <= Throttle.MAX_FAILURES; i++) {
                statuses.add(send(get("/api/catalog", "operator:guess-" + i)).statusCode());
            }
            return null;
        });

        assertThat(statuses.subList(0, Throttle.MAX_FAILURES)).containsOnly(401);
        assertThat(statuses.get(Throttle.MAX_FAILURES)).isEqualTo(429);
        HttpResponse<String> right = send(get("/api/catalog", "operator:operator"));
        assertProblem(right, 429, "too many failed log-ins");
        assertThat(right.headers().firstValue("Retry-After")).isPresent();
    }

    // ---- the reference system, through its own API ------------------------------------------------------------

    @Test
    void the_reference_system_refuses_unreadable_orders_with_400_problems() throws Exception {
        String orders = reference() + "/orders";
        String deep = "[".repeat(1_001) + "]".repeat(1_001);
        String number = "{\"quantity\": " + "9".repeat(2_000) + "}";
        String key = "{\"" + "k".repeat(60_000) + "\": 1}";
        String twice = "{\"customer_id\": \"a\", \"customer_id\": \"b\"}";

        assertProblem(referencePost(orders, "application/json", deep, null), 400, "nesting depth");
        assertProblem(referencePost(orders, "application/json", number, null), 400, "Number value length");
        assertProblem(referencePost(orders, "application/json", key, null), 400, "Name length");
        assertProblem(referencePost(orders, "application/json", twice, null), 400, "Duplicate field 'customer_id'");
        assertProblem(referencePost(orders, "text/plain", "{}", null), 415, "allowed application/json");
    }

    @Test
    void the_reference_system_s_admin_routes_need_the_token() throws Exception {
        String base = reference();
        for (String path : List.of("/admin/faults", "/admin/poison")) {
            assertProblem(referencePost(base + path, "text/plain", "{}", null), 401, "no Authorization header");
            assertProblem(
                    referencePost(base + path, "application/json", "{}", "Bearer not-the-token"),
                    401,
                    "the Authorization header is not the admin token");
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    record Cli(int exitCode, String out, String err) {}

    /** The CLI in process, bounded like the web API's answers. */
    private static Cli cli(String command, Path... files) {
        return assertTimeoutPreemptively(BOUND, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            List<String> args = new ArrayList<>(List.of(command));
            for (Path file : files) {
                args.add(file.toString());
            }
            int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
            return new Cli(exit, out.toString(), err.toString());
        });
    }

    /**
     * Runs {@code hostile} within {@link #BOUND} while another thread asks {@code /actuator/health} every 200 ms;
     * every one of those answers must be a 200 within 5 s.
     */
    private <T> T whileHealthAnswers(Callable<T> hostile) throws InterruptedException {
        List<String> missed = new ArrayList<>();
        List<Integer> answered = new ArrayList<>();
        // one health request every 200 ms after the last answer, paced by a scheduler
        ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor();
        probe.scheduleWithFixedDelay(
                () -> {
                    try {
                        HttpResponse<String> health = HTTP.send(
                                HttpRequest.newBuilder(uri("/actuator/health"))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        synchronized (answered) {
                            answered.add(health.statusCode());
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        synchronized (missed) {
                            missed.add(e.toString());
                        }
                    }
                },
                0,
                200,
                TimeUnit.MILLISECONDS);
        try {
            return assertTimeoutPreemptively(BOUND, hostile::call);
        } finally {
            probe.shutdown();
            probe.awaitTermination(10, TimeUnit.SECONDS);
            synchronized (answered) {
                assertThat(missed)
                        .as("health requests that got no answer within 5 s")
                        .isEmpty();
                assertThat(answered)
                        .as("health answers during the request")
                        .isNotEmpty()
                        .containsOnly(200);
            }
        }
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String detail) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":" + status, "\"detail\":", detail);
    }

    private String reference() {
        return Awaitility.await("the demo's reference system runs")
                .atMost(Duration.ofSeconds(90))
                .until(() -> demo.referenceSystemUrl().orElse(null), url -> url != null);
    }

    private static HttpResponse<String> referencePost(String url, String type, String body, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(BOUND)
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return assertTimeoutPreemptively(BOUND, () -> HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Path file(String name, String content) throws Exception {
        return Files.writeString(work.resolve(name), content);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpRequest.Builder authorized(String path, String user) {
        return HttpRequest.newBuilder(uri(path))
                .timeout(BOUND)
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpRequest get(String path, String user) {
        return authorized(path, user).GET().build();
    }

    private HttpRequest post(String path, String type, String body) {
        return authorized(path, "viewer:viewer")
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
