package io.eventlens.web.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver (no browser download). Paths can be
 * moved with {@code -Deventlens.chromium} and {@code -Deventlens.chromedriver}.
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    public Browser() throws IOException {
        profile = Files.createTempDirectory("eventlens-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("eventlens.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1366,860",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("eventlens.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public Browser open(String url) {
        driver.get(url);
        return this;
    }

    /** Fills Vaadin's login form and submits it. */
    public Browser logIn(String user, String password) {
        WebElement name = waitFor(By.cssSelector("input[name=username]"));
        name.clear();
        name.sendKeys(user);
        WebElement secret = driver.findElement(By.cssSelector("input[name=password]"));
        secret.clear();
        secret.sendKeys(password, Keys.ENTER);
        return this;
    }

    /** Scrolls the element to the middle of the window first, so headers and overlays do not cover it. */
    public void click(By locator) {
        WebElement element = waitFor(locator);
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves a PNG under {@code target/screenshots/} and returns its path. */
    public Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
