package io.eventlens.web.governance;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A breaking change on the Governance page and through the REST API, against a catalog of two services. */
class GovernanceIT extends BrowserTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void catalogFolder(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("eventlens-governance-");
        Files.write(folder.resolve("orders.yaml"), fixture("orders-v1.yaml"));
        Files.write(folder.resolve("email.yaml"), fixture("email.yaml"));
        registry.add("eventlens.catalog.folders", folder::toString);
    }

    @Test
    void a_new_required_field_shows_as_breaking_with_the_consumer_it_hurts() throws Exception {
        browser.open(base() + "governance").logIn("viewer", "viewer");
        checkDocument("orders-breaking.yaml");

        browser.waitForText(
                By.className("governance-result"), "Fails: at least one message breaks under STRICT BACKWARD.");
        assertThat(browser.waitFor(By.className("verdict-label")).getText()).isEqualTo("Breaking");
        assertThat(browser.waitFor(By.className("hurt-consumers")).getText())
                .isEqualTo("Consumers hurt: Receipt mailer");
        assertThat(browser.waitFor(By.className("verdict-changes")).getText())
                .contains("/required", "currency", "required-property-added");
        browser.script("document.querySelector('.governance-result').scrollIntoView()");
        browser.screenshot("governance-breaking-change");
    }

    @Test
    void a_removed_required_field_breaks_under_full_mode_opened_from_a_link() throws Exception {
        browser.open(base() + "governance?mode=FULL&policy=STRICT").logIn("viewer", "viewer");
        checkDocument("orders-removed-field.yaml");

        browser.waitForText(By.className("governance-result"), "Fails: at least one message breaks under STRICT FULL.");
        assertThat(browser.waitFor(By.className("hurt-consumers")).getText())
                .isEqualTo("Consumers hurt: Receipt mailer");
        assertThat(browser.waitFor(By.className("verdict-changes")).getText()).contains("customer_id", "forward");
        assertThat(browser.waitFor(By.className("forward-note")).getText()).contains("roles swapped");
        browser.script("document.querySelector('.forward-note').scrollIntoView({block: 'end'})");
        browser.screenshot("governance-forward-note");
        browser.script("document.querySelector('.governance-result').scrollIntoView()");
        browser.screenshot("governance-removed-required-field");
    }

    @Test
    void an_unknown_mode_in_the_link_is_named_on_the_page() throws Exception {
        browser.open(base() + "governance?mode=SIDEWAYS").logIn("viewer", "viewer");

        browser.waitForText(By.className("input-error"), "SIDEWAYS");
        assertThat(browser.waitFor(By.className("input-error")).getText()).contains("BACKWARD");
    }

    @Test
    void the_rest_api_answers_the_same_verdict_as_json() throws Exception {
        HttpResponse<String> response = post(
                "/api/governance/check?mode=BACKWARD&policy=STRICT", "viewer:viewer", text("orders-breaking.yaml"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "\"passed\":false",
                        "\"message\":\"CheckoutCompleted\"",
                        "\"verdict\":\"INCOMPATIBLE\"",
                        "\"hurtConsumers\":[\"Receipt mailer\"]",
                        "\"breaking\":true");

        HttpResponse<String> same = post("/api/governance/check", "viewer:viewer", text("orders-v1.yaml"));
        assertThat(same.body()).contains("\"passed\":true", "\"verdict\":\"COMPATIBLE\"");
    }

    @Test
    void the_rest_api_names_an_unknown_mode_and_the_allowed_ones() throws Exception {
        HttpResponse<String> response =
                post("/api/governance/check?mode=SIDEWAYS", "viewer:viewer", text("orders-v1.yaml"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("SIDEWAYS", "BACKWARD", "FULL_TRANSITIVE");
    }

    @Test
    void the_rest_api_checks_schema_versions_avro_or_json_schema() throws Exception {
        String avro = "{\"versions\": [{\"type\": \"record\", \"name\": \"A\", \"fields\": "
                + "[{\"name\": \"id\", \"type\": \"string\"}]},"
                + " \"type: record\\nname: A\\nfields: [{name: id, type: string}, {name: n, type: int}]\"]}";
        HttpResponse<String> breaking = post("/api/governance/compat", "viewer:viewer", avro, "application/json");

        assertThat(breaking.statusCode()).isEqualTo(200);
        assertThat(breaking.body())
                .contains(
                        "\"passed\":false",
                        "\"exitCode\":1",
                        "\"verdict\":\"INCOMPATIBLE\"",
                        "\"kind\":\"AVRO_FIELD_ADDED_WITHOUT_DEFAULT\"",
                        "\"pointer\":\"/fields/1\"");

        String json = "{\"versions\": [{\"type\": \"object\"}, {\"type\": \"object\", \"properties\": {\"a\": {}}}]}";
        HttpResponse<String> lenient =
                post("/api/governance/compat?policy=LENIENT", "viewer:viewer", json, "application/json");
        assertThat(lenient.body()).contains("\"passed\":true", "\"verdict\":\"COMPATIBLE\"", "\"policy\":\"LENIENT\"");

        String counts = "{\"versions\": [{\"type\": \"array\", \"contains\": {}},"
                + " {\"type\": \"array\", \"contains\": {}, \"minContains\": 3}]}";
        HttpResponse<String> draft7 =
                post("/api/governance/compat?draft=draft-07", "viewer:viewer", counts, "application/json");
        assertThat(draft7.body()).contains("\"passed\":true", "\"draft\":\"draft-07\"");
        HttpResponse<String> draft2020 =
                post("/api/governance/compat?draft=2020-12", "viewer:viewer", counts, "application/json");
        assertThat(draft2020.body()).contains("\"passed\":false", "\"kind\":\"MIN_CONTAINS_INCREASED\"");
        HttpResponse<String> unknown =
                post("/api/governance/compat?draft=draft-99", "viewer:viewer", counts, "application/json");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown JSON Schema draft 'draft-99'");

        HttpResponse<String> one =
                post("/api/governance/compat", "viewer:viewer", "{\"versions\": [{}]}", "application/json");
        assertThat(one.statusCode()).isEqualTo(400);
        assertThat(one.body()).contains("at least two schema versions", "got 1 version");
    }

    @Test
    void a_document_that_does_not_load_is_refused_naming_each_problem() throws Exception {
        HttpResponse<String> response = post("/api/governance/check", "viewer:viewer", "asyncapi: 3.0.0\ninfo: [");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("\"status\":400", "candidate.yaml is not a loadable AsyncAPI document:", "candidate.yaml:2:");
    }

    @Test
    void two_avro_versions_on_the_schemas_tab_show_the_field_that_breaks_old_data() throws Exception {
        browser.open(base() + "governance").logIn("viewer", "viewer");
        browser.click(By.xpath("//vaadin-tab[contains(., 'Schemas')]"));
        String v1 = "{\"type\": \"record\", \"name\": \"OrderPlaced\", \"fields\": [{\"name\": "
                + "\"order_id\", \"type\": \"string\"}, {\"name\": \"quantity\", \"type\": \"int\"}]}";
        String v2 = """
                type: record
                name: OrderPlaced
                fields:
                  - {name: order_id, type: string}
                  - {name: quantity, type: long}
                  - {name: channel, type: string}
                """;
        paste(browser.waitFor(By.cssSelector(".old-schema textarea")), v1);
        paste(browser.waitFor(By.cssSelector(".new-schema textarea")), v2);
        browser.click(By.className("check-schemas"));

        assertThat(browser.waitFor(By.className("verdict-label")).getText()).isEqualTo("Breaking");
        assertThat(browser.waitFor(By.className("verdict-changes")).getText())
                .contains("avro-field-added-without-default", "/fields/2", "channel", "avro-type-promoted");
        browser.script("document.querySelector('.governance-result').scrollIntoView()");
        browser.screenshot("governance-avro-schemas");
    }

    private void paste(WebElement area, String text) {
        browser.script(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));"
                        + " arguments[0].dispatchEvent(new Event('change'));",
                area,
                text);
    }

    /** Pastes a fixture as the candidate document and asks for the verdict. */
    private void checkDocument(String fixture) throws IOException {
        paste(browser.waitFor(By.cssSelector("vaadin-text-area textarea")), text(fixture));
        browser.click(By.className("check-document"));
    }

    private HttpResponse<String> post(String path, String user, String body) throws Exception {
        return post(path, user, body, "application/yaml");
    }

    private HttpResponse<String> post(String path, String user, String body, String contentType) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String text(String name) throws IOException {
        return new String(fixture(name), StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = GovernanceIT.class.getResourceAsStream("/catalog/" + name)) {
            return in.readAllBytes();
        }
    }
}
