package io.eventlens.web.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.web.ui.BrowserTestBase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Flows page on the demo catalog (the bundled reference order system) in a real browser. */
class FlowsBrowserIT extends BrowserTestBase {

    @Test
    void a_viewer_filters_by_a_service_and_sees_what_reacts_to_order_placed_highlighted() throws Exception {
        browser.open(base() + "flows").logIn("viewer", "viewer");
        waitForGraph();
        assertThat(drawnNodes()).contains("service:Payment service", "service:Order service");

        choose("filter-service", "Order service");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !drawnNodes().contains("service:Payment service"));
        waitForGraph();
        assertThat(drawnNodes())
                .contains("service:Order service", "channel:orders", "service:Saga orchestrator")
                .doesNotContain("service:Payment service", "channel:payments");

        choose("highlight-target", "message OrderPlaced");
        browser.waitForText(By.className("flow-highlighted"), "Downstream of message OrderPlaced");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !highlighted().isEmpty());
        // the saga reacts to OrderPlaced and answers on orders, so every service drawn here is downstream
        assertThat(highlighted())
                .contains(
                        "channel:orders",
                        "service:Saga orchestrator",
                        "service:Analytics service",
                        "service:Email service",
                        "service:Order service");
        List<String> listed = browser.driver().findElements(By.className("flow-highlighted-service")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(listed)
                .anyMatch(line -> line.startsWith("Saga orchestrator: orders → Saga orchestrator"))
                .anyMatch(line -> line.startsWith("Payment service: orders → Saga orchestrator → payment-commands"))
                .anyMatch(line -> line.equals("Order service: orders → Saga orchestrator → orders → Order service"));
        browser.script("arguments[0].scrollIntoView({block: 'end'})", graph());
        browser.screenshot("flows-order-placed-downstream");
    }

    @Test
    void clicking_a_node_shows_its_owner_messages_and_catalog_link() throws Exception {
        browser.open(base() + "flows").logIn("viewer", "viewer");
        waitForGraph();
        browser.script("arguments[0]._cy.getElementById('service:Order service').emit('tap')", graph());
        browser.waitForText(By.className("flow-details"), "Owner: team-checkout");
        String details = browser.waitFor(By.className("flow-details")).getText();
        assertThat(details).contains("Sends: orders (OrderPlaced", "Receives: orders (");
        assertThat(browser.waitFor(By.cssSelector(".flow-details a")).getAttribute("href"))
                .endsWith("/catalog/service?id=Order%20service");
        assertThat(browser.waitFor(By.className("flow-findings")).getText())
                .contains("service-cycle", "unconsumed-channel", "email-jobs-dlq");
    }

    @Test
    void a_deep_link_selects_a_node_and_an_unknown_one_says_so_over_the_whole_graph() throws Exception {
        browser.open(base() + "flows?focus=service%3ASaga%20orchestrator").logIn("viewer", "viewer");
        waitForGraph();
        browser.waitForText(By.className("flow-details"), "Saga orchestrator");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !highlighted().isEmpty());
        assertThat(highlighted()).contains("service:Payment service", "service:Email service");
        assertThat(browser.script("return arguments[0]._cy.$(':selected').map(n => n.id())", graph()))
                .isEqualTo(List.of("service:Saga orchestrator"));
        browser.screenshot("flows-deep-link");

        browser.open(base() + "flows?focus=service%3ANo%20such%20service");
        browser.waitForText(By.className("flows-focus-problem"), "No node 'service:No such service' in the flow graph");
        waitForGraph();
        assertThat(drawnNodes()).hasSizeGreaterThan(10);
        browser.screenshot("flows-unknown-focus");

        browser.open(base() + "flows?highlight=message%3AOrderPlaced&direction=upstream");
        browser.waitForText(By.className("flow-highlighted"), "Upstream of message OrderPlaced");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> !highlighted().isEmpty());
        // its producer, and what feeds the producer: the saga's answers on orders
        assertThat(highlighted())
                .contains("channel:orders", "service:Order service", "service:Saga orchestrator")
                .doesNotContain("service:Analytics service", "service:Warehouse service");
    }

    @Test
    void the_dashboard_counts_the_findings_and_links_to_them() throws Exception {
        browser.open(base()).logIn("viewer", "viewer");
        String count = browser.waitFor(By.className("flows-findings-count")).getText();
        assertThat(count).matches("\\d+ findings in \\d+ nodes of the producer/consumer graph");
        browser.click(By.className("flows-card-link"));
        browser.waitForText(By.className("flow-findings"), "Analyses (" + count.split(" ")[0] + " findings)");
    }

    private WebElement graph() {
        return browser.waitFor(By.className("flow-graph"));
    }

    private void waitForGraph() {
        browser.waitFor(By.cssSelector(".flow-graph[data-ready='true']"));
    }

    @SuppressWarnings("unchecked")
    private List<String> drawnNodes() {
        return (List<String>)
                browser.script("return arguments[0]._cy ? arguments[0]._cy.nodes().map(n => n.id()) : []", graph());
    }

    @SuppressWarnings("unchecked")
    private List<String> highlighted() {
        return (List<String>) browser.script("return window.EventLensFlows.highlighted(arguments[0])", graph());
    }

    /** Types an item's label into a Vaadin combo box and commits it with Enter, as a person would. */
    private void choose(String comboId, String label) {
        WebElement input = browser.waitFor(By.cssSelector("#" + comboId + " input"));
        input.click();
        input.sendKeys(label);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(
                        browser.script("return document.getElementById(arguments[0]).opened === true", comboId)));
        input.sendKeys(Keys.ENTER);
    }
}
