package io.eventlens.web.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.web.ui.BrowserTestBase;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 10's example against a catalog of the reference system's documents: the order service as one self-contained
 * document whose Envelope's {@code correlation_id} became an integer breaks on the Governance page and over REST, as
 * {@code eventlens diff} says, naming the consumers of OrderPlaced.
 */
class GovernanceReferenceIT extends BrowserTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void referenceCatalog(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("eventlens-governance-reference-");
        for (String file : ParityCase.REFERENCE) {
            try (InputStream in = GovernanceReferenceIT.class.getResourceAsStream("/asyncapi/" + file)) {
                Files.write(folder.resolve(file), in.readAllBytes());
            }
        }
        registry.add("eventlens.catalog.folders", folder::toString);
    }

    @Test
    void rest_answers_incompatible_with_the_type_change_and_the_consumers_it_hurts() throws Exception {
        HttpResponse<String> response = post(IssueExample.orderService("integer"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.path("passed").asBoolean()).isFalse();
        JsonNode placed = body.path("messages").get(0);
        assertThat(placed.path("message").asText()).isEqualTo("OrderPlaced");
        assertThat(placed.path("verdict").asText()).as(placed.toString()).isEqualTo("INCOMPATIBLE");
        List<String> breaking = new ArrayList<>();
        placed.path("changes").forEach(c -> {
            if (c.path("breaking").asBoolean()) {
                breaking.add(
                        c.path("kind").asText() + " at " + c.path("pointer").asText());
            }
        });
        assertThat(breaking).containsExactly("TYPE_CHANGED at /properties/correlation_id/type");
        assertThat(texts(placed.path("hurtConsumers")))
                .containsExactlyInAnyOrder("Saga orchestrator", "Analytics service");
    }

    @Test
    void the_unchanged_document_passes() throws Exception {
        JsonNode body = new ObjectMapper()
                .readTree(post(IssueExample.orderService("string")).body());

        assertThat(body.path("passed").asBoolean()).as(body.toString()).isTrue();
        assertThat(body.path("messages").get(0).path("verdict").asText()).isEqualTo("COMPATIBLE");
    }

    @Test
    void the_governance_page_shows_the_break_where_it_is_and_whom_it_hurts() throws Exception {
        browser.open(base() + "governance").logIn("viewer", "viewer");
        paste(IssueExample.orderService("integer"));
        browser.click(By.className("check-document"));

        browser.waitForText(
                By.className("governance-result"), "Fails: at least one message breaks under STRICT BACKWARD.");
        assertThat(browser.waitFor(By.className("verdict-label")).getText()).isEqualTo("Breaking");
        assertThat(browser.waitFor(By.className("hurt-consumers")).getText())
                .startsWith("Consumers hurt: ")
                .contains("Saga orchestrator", "Analytics service");
        assertThat(browser.waitFor(By.className("verdict-changes")).getText())
                .contains("/properties/correlation_id/type", "type-changed", "payload", "breaks");
        browser.script("document.querySelector('.governance-result').scrollIntoView()");
        browser.screenshot("governance-issue-10-correlation-id");
    }

    @Test
    void a_document_that_does_not_load_is_refused_on_the_page_in_the_clis_words() throws Exception {
        browser.open(base() + "governance").logIn("viewer", "viewer");
        paste("asyncapi: 3.0.0\ninfo: [");
        browser.click(By.className("check-document"));

        browser.waitForText(By.className("input-error"), "candidate.yaml is not a loadable AsyncAPI document:");
        assertThat(browser.waitFor(By.className("input-error")).getText()).contains("candidate.yaml:2:");
        browser.script("document.querySelector('.governance-result').scrollIntoView()");
        browser.screenshot("governance-unloadable-document");
    }

    /** Pastes {@code document} as the candidate, as a user would. */
    private void paste(String document) {
        browser.script(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));"
                        + " arguments[0].dispatchEvent(new Event('change'));",
                browser.waitFor(By.cssSelector("vaadin-text-area textarea")),
                document);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private HttpResponse<String> post(String document) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/governance/check?mode=BACKWARD&policy=STRICT"))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/yaml")
                .header("X-Document-Name", "order-service.yaml")
                .POST(HttpRequest.BodyPublishers.ofString(document))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
