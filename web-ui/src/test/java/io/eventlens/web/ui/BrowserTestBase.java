package io.eventlens.web.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port with its embedded broker, and a fresh headless Chromium
 * per test. The context closes after the class, before JUnit deletes the broker's folder.
 */
@DirtiesContext
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eventlens.kafka.embedded.port=0", "vaadin.devmode.devTools.enabled=false"})
public abstract class BrowserTestBase {

    @TempDir
    static Path dataDir;

    @LocalServerPort
    protected int port;

    protected Browser browser;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("eventlens.data-dir", () -> dataDir.toString());
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() throws Exception {
        browser.close();
    }

    protected String base() {
        return "http://localhost:" + port + "/";
    }
}
