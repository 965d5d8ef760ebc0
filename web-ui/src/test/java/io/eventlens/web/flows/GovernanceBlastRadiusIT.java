package io.eventlens.web.flows;

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
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A breaking change to CheckoutCompleted hurts the Receipt mailer, which feeds the Receipt archive: the
 * Governance page and REST name the archive with its path, and the Flows page highlights it.
 */
class GovernanceBlastRadiusIT extends BrowserTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void catalogFolder(DynamicPropertyRegistry registry) throws IOException {
        Path folder = Files.createTempDirectory("eventlens-blast-radius-");
        Files.write(folder.resolve("orders.yaml"), resource("/catalog/orders-v1.yaml"));
        Files.write(folder.resolve("receipt-mailer.yaml"), resource("/flows/receipt-mailer.yaml"));
        Files.write(folder.resolve("archive.yaml"), resource("/flows/archive.yaml"));
        registry.add("eventlens.catalog.folders", folder::toString);
    }

    @Test
    void the_rest_check_lists_what_the_hurt_consumers_feed_with_the_path() throws Exception {
        HttpResponse<String> response =
                post(new String(resource("/catalog/orders-breaking.yaml"), StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "\"hurtConsumers\":[\"Receipt mailer\"]",
                        "\"blastRadius\":[{\"service\":\"Receipt archive\",\"through\":\"Receipt mailer\","
                                + "\"path\":[\"Receipt mailer\",\"receipts.sent\",\"Receipt archive\"]}]");
    }

    @Test
    void the_governance_page_names_the_blast_radius_and_the_flows_page_highlights_it() throws Exception {
        browser.open(base() + "governance").logIn("viewer", "viewer");
        browser.script(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));"
                        + " arguments[0].dispatchEvent(new Event('change'));",
                browser.waitFor(By.cssSelector("vaadin-text-area textarea")),
                new String(resource("/catalog/orders-breaking.yaml"), StandardCharsets.UTF_8));
        browser.click(By.className("check-document"));
        browser.waitForText(By.className("hurt-consumers"), "Consumers hurt: Receipt mailer");
        assertThat(browser.waitFor(By.className("blast-radius-service")).getText())
                .isEqualTo("Receipt archive: Receipt mailer → receipts.sent → Receipt archive");
        browser.script("document.querySelector('.blast-radius').scrollIntoView({block: 'center'})");
        browser.screenshot("governance-blast-radius");

        browser.click(By.className("blast-radius-link"));
        browser.waitForText(By.className("flow-highlighted"), "Downstream of message CheckoutCompleted");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !highlighted().isEmpty());
        assertThat(highlighted())
                .contains("service:Receipt mailer", "channel:receipts.sent", "service:Receipt archive");
        browser.screenshot("flows-blast-radius");
    }

    @SuppressWarnings("unchecked")
    private List<String> highlighted() {
        return (List<String>)
                browser.script("return window.EventLensFlows.highlighted(document.querySelector('.flow-graph'))");
    }

    private HttpResponse<String> post(String document) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "api/governance/check"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("viewer:viewer".getBytes()))
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(document))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = GovernanceBlastRadiusIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
