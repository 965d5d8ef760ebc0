package io.eventlens.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.web.ui.BrowserTestBase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The demo's catalog, untouched by uploads: the bundled reference system's eight services, and its
 * {@code common.yaml} (components only) as shared definitions instead of a ninth service.
 */
class SharedDefinitionsBrowserIT extends BrowserTestBase {

    private static final List<String> REFERENCE_SERVICES = List.of(
            "Analytics service",
            "Email service",
            "Inventory service",
            "Order service",
            "Payment service",
            "Saga orchestrator",
            "Shipping service",
            "Warehouse service");
    private static final String COMMON_TITLE = "Reference order system - shared messages";

    @Test
    void the_catalog_page_lists_eight_services_and_common_yaml_under_shared_definitions() throws Exception {
        browser.open(base() + "catalog").logIn("viewer", "viewer");

        browser.waitForText(By.className("shared-definitions"), "common.yaml");
        WebElement services = browser.waitFor(By.className("services"));
        assertThat(services.findElements(By.cssSelector("vaadin-grid-cell-content a")))
                .extracting(WebElement::getText)
                .containsExactlyInAnyOrderElementsOf(REFERENCE_SERVICES);
        assertThat(services.getText()).doesNotContain(COMMON_TITLE, "Reference order system teams");
        WebElement shared = browser.waitFor(By.className("shared-definitions"));
        assertThat(shared.getText())
                .contains(
                        COMMON_TITLE,
                        "common.yaml",
                        "1.0.0",
                        "Reference order system teams",
                        "17 messages · 18 schemas",
                        "Messages and schemas shared by the reference order system's services");
        assertThat(shared.findElements(By.cssSelector(".used-by a")))
                .extracting(WebElement::getText)
                .containsExactlyInAnyOrderElementsOf(REFERENCE_SERVICES);
        browser.screenshot("catalog-services");
        browser.script("document.querySelector('.shared-definitions').scrollIntoView({block: 'center'})");
        browser.screenshot("catalog-shared-definitions");

        browser.click(By.linkText(COMMON_TITLE));
        browser.waitForText(
                By.className("shared-definitions-details"), "Shared definitions (no channels, no operations)");
        WebElement details = browser.waitFor(By.className("shared-definitions-details"));
        assertThat(details.getText())
                .contains("Defines", "messages (17): ", "schemas (18): ", "Used by")
                .doesNotContain("Sends", "Receives");
        assertThat(details.findElements(By.cssSelector(".components-messages a")))
                .extracting(WebElement::getText)
                .contains("OrderPlaced", "PaymentCharged");
        browser.script("document.querySelector('.shared-definitions-details h2').scrollIntoView()");
        browser.screenshot("catalog-shared-definitions-details");
    }

    @Test
    void the_dashboard_counts_eight_services_and_one_document_of_shared_definitions() throws Exception {
        browser.open(base()).logIn("viewer", "viewer");

        browser.waitForText(By.className("catalog-counts"), "services");
        assertThat(browser.waitFor(By.className("catalog-counts")).getText())
                .matches("8 services · \\d+ channels · \\d+ messages · 1 document of shared definitions");
    }

    @Test
    void the_rest_api_lists_the_services_and_the_shared_definitions_apart() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "api/catalog"))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertThat(body.get("services").findValuesAsText("title"))
                .containsExactlyInAnyOrderElementsOf(REFERENCE_SERVICES);
        assertThat(body.get("services").get(0).fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("id", "title", "version", "owner");
        JsonNode shared = body.get("sharedDefinitions");
        assertThat(shared).hasSize(1);
        assertThat(shared.get(0).get("title").asText()).isEqualTo(COMMON_TITLE);
        assertThat(shared.get(0).get("document").asText()).endsWith("common.yaml");
        assertThat(shared.get(0).get("components").get("messages")).hasSize(17);
        assertThat(shared.get(0).get("components").get("schemas")).hasSize(18);
        assertThat(shared.get(0).get("usedBy"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(REFERENCE_SERVICES);
    }
}
