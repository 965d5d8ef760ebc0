package io.eventlens.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventlens.web.catalog.CatalogService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web API as a hostile but fair client meets it (issue #15): problem bodies for every error, the body
 * limit, form encodings refused, security headers, the session cookie, log-ins from other sites refused,
 * role checks below the UI, server paths kept inside, and failed log-ins throttled (last: it blocks the
 * loopback address for a minute).
 */
@DirtiesContext
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "eventlens.kafka.embedded.port=0",
            "vaadin.devmode.devTools.enabled=false",
            "eventlens.limits.max-request-body=64KB"
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiHygieneIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @Autowired
    CatalogService catalog;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws Exception {
        Path specs = Files.createDirectories(dataDir.resolve("specs"));
        Files.writeString(specs.resolve("broken.yaml"), "asyncapi: 3.0.0\ninfo: [\n");
        registry.add("eventlens.data-dir", () -> dataDir.resolve("data").toString());
        registry.add("eventlens.catalog.folders", specs::toString);
    }

    @Test
    void unknown_api_and_actuator_paths_are_404_problems_not_the_ui_page() throws Exception {
        for (String path : List.of("/api/nope", "/api/catalog/nope/deeper", "/actuator/nope")) {
            HttpResponse<String> answer = send(get(path, "viewer:viewer"));
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertProblem(answer);
        }
    }

    @Test
    void a_wrong_method_and_a_wrong_media_type_are_problems() throws Exception {
        HttpResponse<String> method = send(post("/api/catalog", "operator:operator", "application/json", "{}"));
        HttpResponse<String> media =
                send(post("/api/governance/compat", "viewer:viewer", "text/plain", "{\"versions\": []}"));

        assertThat(method.statusCode()).isEqualTo(405);
        assertProblem(method);
        assertThat(media.statusCode()).isEqualTo(415);
        assertProblem(media);
    }

    @Test
    void a_document_posted_as_a_form_is_a_415_saying_how_to_send_it() throws Exception {
        HttpResponse<String> form = send(
                post("/api/governance/check", "viewer:viewer", "application/x-www-form-urlencoded", "asyncapi: 3.0.0"));

        assertThat(form.statusCode()).isEqualTo(415);
        assertProblem(form);
        assertThat(form.body()).contains("--data-binary @doc.yaml", "application/yaml");
    }

    @Test
    void a_body_above_the_limit_is_a_413_naming_the_setting_declared_or_streamed() throws Exception {
        String large = "a: " + "x".repeat(70_000);
        HttpResponse<String> declared = send(post("/api/governance/check", "viewer:viewer", "application/yaml", large));
        HttpResponse<String> streamed =
                send(authorized(HttpRequest.newBuilder(uri("/api/governance/compat")), "viewer:viewer")
                        .header("Content-Type", "application/json")
                        .POST(unknownLength("{\"versions\": [\"" + "x".repeat(70_000) + "\"]}"))
                        .build());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("allowed at most 65536 bytes (eventlens.limits.max-request-body)");
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertProblem(streamed);
        assertThat(streamed.body()).contains("eventlens.limits.max-request-body");
    }

    @Test
    void pages_and_the_api_send_a_content_security_policy_and_a_referrer_policy() throws Exception {
        for (HttpResponse<String> answer :
                List.of(send(get("/api/catalog", "viewer:viewer")), send(get("/login", null)))) {
            assertThat(answer.headers().firstValue("Content-Security-Policy"))
                    .hasValue(Hardening.CONTENT_SECURITY_POLICY);
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_never_in_a_url() throws Exception {
        HttpResponse<String> start = send(get("/", null));
        HttpResponse<String> login = send(get("/login", null));

        assertThat(start.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContainIgnoringCase("jsessionid"));
        assertThat(login.body()).doesNotContainIgnoringCase(";jsessionid=");
        assertThat(start.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void a_log_in_posted_from_another_site_is_refused() throws Exception {
        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("username=operator&password=operator"))
                .build());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("https://evil.example");
    }

    @Test
    void a_viewer_cannot_reload_the_folders_even_past_the_page() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "viewer", null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.VIEWER))));
        try {
            assertThatThrownBy(catalog::reload).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void the_catalog_shows_files_relative_to_their_folder() throws Exception {
        HttpResponse<String> answer = send(get("/api/catalog", "viewer:viewer"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"file\":\"specs/broken.yaml\"").doesNotContain(dataDir.toString());
    }

    @Test
    void the_catalog_answers_304_to_its_own_etag_until_the_catalog_changes() throws Exception {
        HttpResponse<String> first = send(get("/api/catalog", "viewer:viewer"));
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = send(ifNoneMatch(etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(send(ifNoneMatch("\"someone-else\"")).statusCode()).isEqualTo(200);

        Path added = dataDir.resolve("specs/also-broken.yaml");
        Files.writeString(added, "asyncapi: 3.0.0\ninfo: {title: [\n");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "operator", null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.OPERATOR))));
        try {
            catalog.reload();
        } finally {
            SecurityContextHolder.clearContext();
            Files.delete(added);
        }
        HttpResponse<String> changed = send(ifNoneMatch(etag));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("specs/also-broken.yaml");
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    private HttpRequest ifNoneMatch(String etag) {
        return authorized(HttpRequest.newBuilder(uri("/api/catalog")), "viewer:viewer")
                .header("If-None-Match", etag)
                .GET()
                .build();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void failed_log_ins_are_throttled_with_retry_after_and_health_still_answers() throws Exception {
        for (int i = 0; i < Throttle.MAX_FAILURES; i++) {
            assertThat(send(get("/api/catalog", "viewer:wrong-" + i)).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> throttled = send(get("/api/catalog", "viewer:viewer"));

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertProblem(throttled);
        assertThat(throttled.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(1, 60));
        assertThat(send(get("/actuator/health", null)).statusCode()).isEqualTo(200);
    }

    private static void assertProblem(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":" + answer.statusCode(), "\"detail\":");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpRequest get(String path, String user) {
        return authorized(HttpRequest.newBuilder(uri(path)), user).GET().build();
    }

    private HttpRequest post(String path, String user, String type, String body) {
        return authorized(HttpRequest.newBuilder(uri(path)), user)
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String user) {
        return user == null
                ? request
                : request.header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
    }

    /** A body without Content-Length (sent chunked). */
    private static HttpRequest.BodyPublisher unknownLength(String body) {
        HttpRequest.BodyPublisher known = HttpRequest.BodyPublishers.ofString(body);
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                known.subscribe(subscriber);
            }
        };
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
