package io.eventlens.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.web.ui.BrowserTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The catalog in a real browser: upload as operator, find by a payload field, compare two versions. */
class CatalogBrowserIT extends BrowserTestBase {

    @TempDir
    Path files;

    @Test
    void an_operator_uploads_two_versions_finds_a_field_and_compares_the_versions() throws Exception {
        browser.open(base() + "catalog").logIn("operator", "operator");
        upload(fixture("v1", "orders-v1.yaml"));
        browser.waitForText(By.className("upload-result"), "orders.yaml loaded");
        upload(fixture("v2", "orders-v2.yaml"));
        browser.waitForText(By.className("services"), "1.1.0");

        WebElement search = browser.waitFor(By.cssSelector(".catalog-search input"));
        search.sendKeys("loyalty_tier");
        browser.waitForText(By.className("search-hits"), "CheckoutCompleted");
        browser.screenshot("catalog-search");
        browser.waitFor(By.cssSelector(".search-hits a")).click();

        browser.waitForText(By.tagName("vaadin-app-layout"), "Checkout completed (CheckoutCompleted)");
        WebElement diff = browser.waitFor(By.className("side-by-side-diff"));
        assertThat(diff.getText()).contains("Version 1", "Version 2", "loyalty_tier");
        assertThat(diff.getAttribute("data-changed-lines")).isNotEqualTo("0");
        assertThat(browser.driver().findElements(By.cssSelector(".side-by-side-diff .diff-added")))
                .extracting(WebElement::getText)
                .anyMatch(line -> line.contains("loyalty_tier"));
        assertThat(browser.waitFor(By.className("producers")).getText()).contains("Checkout service");
        assertThat(browser.waitFor(By.className("schema-tree")).getText()).contains("loyalty_tier", "order_id");
        browser.script("document.querySelector('h3:last-of-type').scrollIntoView()");
        browser.screenshot("catalog-message-diff");

        browser.open(base() + "catalog/history?source=orders.yaml");
        browser.waitForText(By.tagName("vaadin-app-layout"), "2 stored version(s)");
        assertThat(browser.waitFor(By.className("snapshot-changes")).getText())
                .contains("changed", "CheckoutCompleted");
        assertThat(browser.waitFor(By.className("snapshot-verdicts")).getText())
                .contains("CheckoutCompleted", "2 vs 1");
    }

    @Test
    void a_document_that_does_not_load_lists_its_problems_with_their_place() throws Exception {
        browser.open(base() + "catalog").logIn("operator", "operator");
        upload(fixture("broken", "broken.yaml"));

        browser.waitForText(By.className("upload-result"), "broken.yaml did not load; nothing was changed");
        assertThat(browser.waitFor(By.className("problem-list")).getText())
                .containsPattern("broken\\.yaml:\\d+:\\d+: ")
                .contains("missing-file.yaml");
        browser.screenshot("catalog-upload-problems");
    }

    @Test
    void a_viewer_sees_the_catalog_but_cannot_upload() throws Exception {
        browser.open(base() + "catalog").logIn("viewer", "viewer");

        browser.waitForText(By.tagName("vaadin-app-layout"), "Services");
        assertThat(browser.driver().findElements(By.className("upload-panel"))).isEmpty();
        assertThat(browser.driver().findElements(By.className("reload-folders")))
                .isEmpty();
        // the demo's common.yaml declares only components: shared definitions, not a service
        browser.waitForText(By.className("shared-definitions"), "common.yaml");
        assertThat(browser.waitFor(By.className("services")).getText())
                .contains("Order service")
                .doesNotContain("Reference order system - shared messages");
        browser.screenshot("catalog-viewer-without-reload");
    }

    private void upload(Path file) {
        WebElement upload = browser.waitFor(By.tagName("vaadin-upload"));
        WebElement input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        browser.script("arguments[0].value = ''", input); // chromedriver adds to a multiple input's earlier files
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** The fixture copied to its own folder as {@code orders.yaml}/{@code broken.yaml}: uploads keep the file name. */
    private Path fixture(String folder, String name) throws IOException {
        Path dir = Files.createDirectories(files.resolve(folder));
        String target = name.startsWith("orders") ? "orders.yaml" : name;
        return Files.write(dir.resolve(target), CatalogServiceTest.fixture(name));
    }
}
