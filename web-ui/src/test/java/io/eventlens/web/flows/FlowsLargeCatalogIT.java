package io.eventlens.web.flows;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventlens.flow.graph.FlowReport;
import io.eventlens.flow.graph.GeneratedCatalog;
import io.eventlens.web.catalog.CatalogService;
import io.eventlens.web.ui.BrowserTestBase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/** The Flows page on a generated catalog of 2,000 services and 5,000 channels: clusters first, then one owner. */
@Import(FlowsLargeCatalogIT.LargeCatalog.class)
class FlowsLargeCatalogIT extends BrowserTestBase {

    @TestConfiguration
    static class LargeCatalog {
        /** The page, REST and dashboard read this report instead of the demo catalog's. */
        @Bean
        @Primary
        FlowsService largeFlows(CatalogService catalog) {
            FlowReport report = FlowReport.of(GeneratedCatalog.of(2_000, 5_000, 42));
            return new FlowsService(catalog) {
                @Override
                public FlowReport report() {
                    return report;
                }
            };
        }
    }

    @Test
    void a_large_catalog_is_drawn_as_clusters_by_owner_and_a_click_on_one_draws_its_nodes() throws Exception {
        browser.open(base() + "flows").logIn("viewer", "viewer");
        WebDriverWait patient = new WebDriverWait(browser.driver(), Duration.ofSeconds(120));
        patient.until(d -> !d.findElements(By.cssSelector(".flow-graph[data-ready='true']"))
                .isEmpty());
        assertThat(browser.waitFor(By.className("flows-notice")).getText())
                .matches("\\d+ nodes are too many to draw one by one: shown as 100 clusters by owner\\..*");
        assertThat(drawnNodes()).hasSize(100).contains("cluster:service:team-7", "cluster:channel:team-7");
        browser.screenshot("flows-large-clusters");

        browser.script("arguments[0]._cy.getElementById('cluster:service:team-7').emit('tap')", graph());
        patient.until(d -> drawnNodes().size() > 100
                && !d.findElements(By.cssSelector(".flow-graph[data-ready='true']"))
                        .isEmpty());
        assertThat(drawnNodes()).contains("service:svc-7", "service:svc-57").doesNotContain("cluster:service:team-7");
        assertThat(browser.waitFor(By.cssSelector("#filter-owner input")).getAttribute("value"))
                .isEqualTo("team-7");
        browser.screenshot("flows-large-one-owner");
    }

    private WebElement graph() {
        return browser.waitFor(By.className("flow-graph"));
    }

    @SuppressWarnings("unchecked")
    private List<String> drawnNodes() {
        return (List<String>)
                browser.script("return arguments[0]._cy ? arguments[0]._cy.nodes().map(n => n.id()) : []", graph());
    }
}
