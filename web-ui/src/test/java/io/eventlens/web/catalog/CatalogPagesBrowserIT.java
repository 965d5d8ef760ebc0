package io.eventlens.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventlens.web.ui.BrowserTestBase;
import java.io.IOException;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;

/**
 * The catalog pages a user shows a colleague: the payload as a tree with checked examples, the changelog after an
 * edited upload, stable service links, and REST answering the same fields; no server path anywhere.
 */
class CatalogPagesBrowserIT extends BrowserTestBase {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path files;

    @Value("${eventlens.data-dir}")
    String dataDirectory;

    @Test
    void a_message_page_shows_the_payload_tree_the_examples_checked_and_the_raw_schema() throws Exception {
        browser.open(base() + "catalog").logIn("operator", "operator");
        upload("shop.yaml", CatalogServiceTest.fixture("pages/shop.yaml"));
        browser.waitForText(By.className("upload-result"), "shop.yaml loaded");

        // the demo's OrderPlaced: allOf [Envelope, {...data: $ref OrderPlacedData}] (its items are named `lines`)
        browser.open(base() + "catalog/message?key=OrderPlaced");
        browser.waitForText(By.className("payload-tree"), "event_id");
        String tree = browser.waitFor(By.className("payload-tree")).getText();
        assertThat(tree).contains("event_id", "data.lines[].sku", "Unique; consumers store it to ignore redeliveries.");
        assertThat(browser.waitFor(By.tagName("h2")).getText()).isEqualTo("OrderPlaced");
        browser.screenshot("catalog-message-order-placed-tree");

        browser.open(base() + "catalog/message?key=OrderSubmitted");
        browser.waitForText(By.className("payload-tree"), "data.line_items[].sku");
        assertThat(browser.waitFor(By.className("payload-tree")).getText())
                .contains("event_id", "data.line_items[].sku", "Stock keeping unit.", "minimum 1; maximum 1000");
        assertThat(browser.waitFor(By.className("headers-tree")).getText()).contains("traceparent");
        List<WebElement> verdicts = browser.driver().findElements(By.className("example-verdict"));
        assertThat(verdicts).extracting(WebElement::getText).containsExactly("valid", "invalid");
        browser.screenshot("catalog-message-tree-and-examples");
        browser.script("document.querySelector('.message-example').scrollIntoView()");
        browser.screenshot("catalog-message-examples");

        // back up to the payload: the examples' screenshot scrolled it out of the layout's scrolled content
        browser.script("document.querySelector('.raw-schema-toggle').scrollIntoView({block: 'center'})");
        browser.click(By.className("raw-schema-toggle"));
        browser.waitForText(By.className("raw-schema"), "allOf");
        assertThat(browser.waitFor(By.className("raw-schema")).getText())
                .startsWith(" 1  {")
                .contains(" 2    \"allOf\"");
        browser.screenshot("catalog-message-raw-schema");
    }

    @Test
    void the_changelog_marks_the_breaking_change_of_an_edited_upload() throws Exception {
        browser.open(base() + "catalog").logIn("operator", "operator");
        upload("shop.yaml", CatalogServiceTest.fixture("pages/shop.yaml"));
        browser.waitForText(By.className("upload-result"), "shop.yaml loaded");
        String edited = new String(CatalogServiceTest.fixture("pages/shop.yaml"), StandardCharsets.UTF_8)
                .replace("version: 2.0.0", "version: 2.1.0")
                .replace("quantity: {type: integer, minimum: 1, maximum: 1000}", "quantity: {type: string}");
        upload("shop.yaml", edited.getBytes(StandardCharsets.UTF_8));
        browser.waitForText(By.className("services"), "2.1.0");

        browser.open(base() + "catalog/history?source=shop.yaml");
        browser.waitForText(By.className("changelog"), "2.1.0");
        WebElement changelog = browser.waitFor(By.className("changelog"));
        assertThat(changelog.findElements(By.className("changelog-verdict")))
                .extracting(WebElement::getText)
                .first()
                .isEqualTo("breaking");
        assertThat(changelog.findElements(By.className("change-breaking")))
                .extracting(WebElement::getText)
                .anyMatch(text -> text.startsWith("breaking") && text.contains("quantity"));
        assertThat(changelog.getText()).contains("Uploaded as shop.yaml", "Download as Markdown");
        browser.screenshot("catalog-history-changelog");

        browser.open(base() + "catalog/message?key=OrderSubmitted");
        browser.waitForText(By.className("changelog"), "breaking");
        browser.script("document.querySelector('.changelog').scrollIntoView()");
        browser.screenshot("catalog-message-changelog");
    }

    @Test
    void rest_answers_the_tree_fields_and_services_by_stable_id_and_old_links_redirect() throws Exception {
        JsonNode message = JSON.readTree(get("api/catalog/messages/OrderPlaced").body());
        List<String> paths = new ArrayList<>();
        message.get("fields").forEach(f -> paths.add(f.get("path").asText()));
        assertThat(paths).contains("event_id", "data", "data.lines", "data.lines[].sku", "data.customer.email");
        assertThat(message.get("fields").get(0).fieldNames())
                .toIterable()
                .containsExactly("path", "type", "required", "description");
        assertThat(message.get("producers")).extracting(JsonNode::asText).containsExactly("order-service");
        assertThat(message.get("channels")).extracting(JsonNode::asText).contains("orders");

        JsonNode service =
                JSON.readTree(get("api/catalog/services/order-service").body());
        assertThat(service.get("title").asText()).isEqualTo("Order service");
        assertThat(service.get("document").asText()).isEqualTo("reference-asyncapi/order-service.yaml");
        assertThat(service.get("channels").get(0).get("bindingFacts"))
                .extracting(JsonNode::asText)
                .containsExactly("kafka: topic orders, 3 partitions, 1 replicas");
        assertThat(service.get("channels").get(0).get("groups"))
                .extracting(JsonNode::asText)
                .containsExactly("order-service");
        assertThat(service.get("servers"))
                .extracting(JsonNode::asText)
                .containsExactly("local-kafka: kafka 127.0.0.1:19092");
        HttpResponse<String> old = get("api/catalog/services/Order%20service");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/api/catalog/services/order-service");
        assertThat(get("api/catalog/messages/NoSuchThing").statusCode()).isEqualTo(404);

        browser.open(base() + "catalog/service?id=Order%20service").logIn("viewer", "viewer");
        browser.waitForText(By.tagName("h2"), "Order service");
        assertThat(browser.currentUrl()).endsWith("/catalog/service?id=order-service");
        assertThat(browser.waitFor(By.tagName("vaadin-app-layout")).getText())
                .contains("document reference-asyncapi/order-service.yaml");
        WebElement bindings = browser.waitFor(By.className("channel-bindings"));
        assertThat(bindings.getText()).contains("kafka: topic orders, 3 partitions", "order-service");
        assertThat(bindings.findElements(By.cssSelector("a")))
                .extracting(a -> a.getAttribute("href"))
                .anyMatch(href -> href.endsWith("/lag?group=order-service"))
                .anyMatch(href -> href.contains("/traces?attr=messaging.destination.name"));
        browser.script("document.querySelector('.channel-bindings').scrollIntoView()");
        browser.screenshot("catalog-service-stable-id-and-bindings");
    }

    @Test
    void no_page_and_no_api_answer_shows_the_data_folder_s_absolute_path() throws Exception {
        String serverPath = Path.of(dataDirectory).toAbsolutePath().toString();
        for (String api : List.of(
                "api/catalog",
                "api/catalog?q=amount_cents",
                "api/catalog/messages/OrderPlaced",
                "api/catalog/services/order-service",
                "api/catalog/services/reference-order-system-shared-messages")) {
            HttpResponse<String> answer = get(api);
            assertThat(answer.statusCode()).as(api).isEqualTo(200);
            assertThat(answer.body()).as(api).doesNotContain(serverPath);
        }
        browser.open(base() + "catalog").logIn("viewer", "viewer");
        for (String page : List.of(
                "catalog?q=amount_cents",
                "catalog/history",
                "catalog/history?source=reference-asyncapi/order-service.yaml",
                "catalog/service?id=order-service",
                "catalog/service?id=reference-order-system-shared-messages",
                "catalog/message?key=OrderPlaced")) {
            browser.open(base() + page);
            browser.waitFor(By.cssSelector("vaadin-app-layout h2"));
            assertThat(browser.driver().getPageSource()).as(page).doesNotContain(serverPath);
        }
        browser.open(base() + "catalog/history");
        browser.waitForText(By.tagName("vaadin-app-layout"), "reference-asyncapi/order-service.yaml");
        browser.screenshot("catalog-history-relative-names");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void upload(String name, byte[] content) throws IOException {
        Path file = Files.write(Files.createTempDirectory(files, "upload").resolve(name), content);
        WebElement upload = browser.waitFor(By.tagName("vaadin-upload"));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        browser.script("arguments[0].value = ''", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
