package org.ragbook.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Selenium, with a profile and a downloads folder of its
 * own, so a test sees the page as an analyst's browser does and can open what it saves.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /**
     * Selenium warns on every start when its DevTools bindings are older than Chromium; these tests
     * drive the page through WebDriver alone and never use DevTools.
     */
    private static final Logger DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools.CdpVersionFinder");
    /** Long enough for a slow CI machine to check a return; a wait ends as soon as its condition holds. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ChromeDriver driver;
    private final Path downloads;

    private Browser(ChromeDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
    }

    /** Starts Chromium with its profile and downloads under {@code folder}, as {@link #requireInstalled} allows. */
    public static Browser start(Path folder) {
        requireInstalled();
        Path downloads = directory(folder.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,800",
                "--user-data-dir=" + directory(folder.resolve("profile")));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), downloads);
    }

    /**
     * Skips the test on a developer's machine without Chromium, but fails it under CI (the
     * {@code CI} environment variable), where .ci/run installs Chromium and a skipped browser test
     * would hide a broken page. Call it from {@code @BeforeAll} to skip a whole class at once.
     */
    public static void requireInstalled() {
        List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).toList();
        if (missing.isEmpty()) {
            return;
        }
        String message = "Chromium not installed (no " + missing + "): apt-get install chromium chromium-driver,"
                + " as .ci/run does";
        if (System.getenv("CI") != null) {
            Assertions.fail(message);
        }
        Assumptions.abort(message);
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    public void open(URI page) {
        driver.get(page.toString());
    }

    public WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    /** The element once it is shown. */
    public WebElement visible(String id) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id)), "#" + id + " to be shown");
    }

    /** Waits until the element's text is exactly {@code text}. */
    public void hasText(String id, String text) {
        waitFor(ExpectedConditions.textToBe(By.id(id), text), "#" + id + " to read '" + text + "'");
    }

    /** Chooses an option of a select list once the page has filled it in (schemas arrive after sign-in). */
    public void choose(String selectId, String value) {
        waitFor(driver -> {
            try {
                new Select(driver.findElement(By.id(selectId))).selectByValue(value);
                return true;
            } catch (NoSuchElementException notYet) {
                return null;
            }
        }, "#" + selectId + " to offer '" + value + "'");
    }

    public List<WebElement> all(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** A file the page saved, once the browser has finished writing it. */
    public Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        Function<Path, Boolean> complete = f -> Files.exists(f)
                && !Files.exists(f.resolveSibling(f.getFileName() + ".crdownload"));
        try {
            new FluentWait<>(file).withTimeout(PATIENCE).pollingEvery(Duration.ofMillis(100)).until(complete);
        } catch (TimeoutException e) {
            throw new AssertionError("no download " + fileName + " (the folder holds " + listing() + "); the page said: "
                    + pageText(), e);
        }
        return file;
    }

    private <T> T waitFor(Function<WebDriver, T> condition, String what) {
        try {
            return new WebDriverWait(driver, PATIENCE).until(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited for " + what + "; the page said: " + pageText(), e);
        }
    }

    private String pageText() {
        return Optional.ofNullable(driver.findElement(By.tagName("body")).getText()).orElse("");
    }

    private List<String> listing() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.map(f -> f.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
