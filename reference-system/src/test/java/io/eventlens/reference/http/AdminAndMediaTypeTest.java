package io.eventlens.reference.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.api.OpenTelemetry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admin token guard and the JSON-only bodies, through the API server over loopback. */
class AdminAndMediaTypeTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String token = AdminToken.random();
    private ApiServer server;

    @BeforeEach
    void start() {
        server = new ApiServer("127.0.0.1", 0, 2, OpenTelemetry.noop().getTracer("test"))
                .route(
                        "/admin/echo",
                        new AdminToken(token)
                                .guard(exchange ->
                                        Exchanges.json(exchange, 200, RequestJson.read(Exchanges.jsonBody(exchange)))))
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void an_admin_request_without_the_token_is_a_401_problem_and_changes_nothing() throws Exception {
        HttpResponse<String> none = post(null, "application/json", "{}");
        HttpResponse<String> wrong = post("Bearer " + AdminToken.random(), "application/json", "{}");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(none.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(none.body()).contains("no Authorization header on /admin/echo");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("the Authorization header is not the admin token");
    }

    @Test
    void a_text_plain_body_is_a_415_even_with_the_token() throws Exception {
        HttpResponse<String> plain = post("Bearer " + token, "text/plain", "{\"warehouse_down\": true}");

        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(plain.body()).contains("Content-Type text/plain on /admin/echo: allowed application/json");
    }

    @Test
    void with_the_token_and_json_the_route_answers() throws Exception {
        HttpResponse<String> ok = post("Bearer " + token, "application/json; charset=utf-8", "{\"a\": 1}");

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("{\"a\":1}");
    }

    @Test
    void a_refusal_before_the_body_is_read_says_the_connection_closes() throws Exception {
        HttpResponse<String> refused = post(null, "application/json", "{\"a\": \"" + "x".repeat(100_000) + "\"}");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Connection")).hasValue("close");
    }

    @Test
    void a_short_admin_token_is_refused_at_start() {
        assertThatThrownBy(() -> new AdminToken("short"))
                .hasMessage("the admin token has 5 characters: allowed at least 16 (--admin-token or"
                        + " REFERENCE_ADMIN_TOKEN)");
    }

    private HttpResponse<String> post(String authorization, String type, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/admin/echo"))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
