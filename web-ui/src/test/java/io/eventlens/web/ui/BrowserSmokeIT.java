package io.eventlens.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The shell in a real browser: both users log in and see it; a wrong password is refused on the page. */
class BrowserSmokeIT extends BrowserTestBase {

    @Test
    void a_viewer_logs_in_and_sees_the_shell_with_every_section() throws Exception {
        browser.open(base()).logIn("viewer", "viewer");

        browser.waitForText(By.className("current-user"), "viewer · read-only");
        browser.waitForText(By.tagName("vaadin-side-nav"), "Dashboard");
        String nav = browser.waitFor(By.tagName("vaadin-side-nav")).getText();
        assertThat(nav).contains("Dashboard", "Catalog", "Governance", "Flows", "Traces", "Lag", "DLQ");
        browser.waitForText(By.tagName("vaadin-app-layout"), "Embedded demo broker");
        assertThat(browser.waitFor(By.className("connection-state")).getText()).isEqualTo("Connected");
        Path shot = browser.screenshot("viewer-dashboard");
        assertThat(Files.size(shot)).isGreaterThan(10_000);

        browser.waitFor(By.cssSelector("vaadin-side-nav-item[path='dlq']")).click();
        browser.waitForText(By.tagName("h2"), "Dead-letter queues");
        assertThat(browser.currentUrl()).endsWith("/dlq");
    }

    @Test
    void an_operator_logs_in_and_sees_the_shell() throws Exception {
        browser.open(base() + "lag").logIn("operator", "operator");

        browser.waitForText(By.className("current-user"), "operator · may replay and change");
        browser.waitForText(By.tagName("h2"), "Lag");
        assertThat(URI.create(browser.currentUrl()).getPath())
                .as("back where the operator was going")
                .isEqualTo("/lag");
        browser.screenshot("operator-lag");
    }

    @Test
    void a_wrong_password_is_refused_with_a_message_on_the_page() throws Exception {
        browser.open(base()).logIn("viewer", "not-the-password");

        browser.waitForText(By.tagName("vaadin-login-form"), "Wrong user name or password");
        assertThat(browser.currentUrl()).contains("/login?error");
        assertThat(browser.driver().findElements(By.className("current-user"))).isEmpty();
        browser.screenshot("wrong-password");
    }
}
