package live.mymovie.bootstrap.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver, with a fresh profile, so
 * nothing is downloaded and nothing is kept between runs.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts Chromium with a window of the given size and downloads kept in a temp folder. */
    public static Browser start(int width, int height) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path profile = tempDir("mymovie-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options(profile, width, height)), profile);
    }

    private static ChromeOptions options(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", profile.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until an element matching the selector is visible, and answers it. */
    public WebElement visible(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element holds the text. */
    public void awaitText(String css, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(css), text));
    }

    public void awaitUrl(String part) {
        waiting().until(ExpectedConditions.urlContains(part));
    }

    /** Waits until the script, run in the page, answers true. */
    public void awaitScript(String script, String what, Object... arguments) {
        waiting().withMessage(() -> what + ", " + whatThePageSays())
                .until(d -> Boolean.TRUE.equals(script(script, arguments)));
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Clicks an element after scrolling it to the middle, clear of the sticky header. */
    public void click(String css) {
        WebElement element = visible(css);
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    public void fill(String css, String text) {
        WebElement field = visible(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks the confirm button of the open dialog, after checking the text it shows. */
    public String confirmDialog() {
        WebElement dialog = visible("dialog[open]");
        String text = dialog.getText();
        dialog.findElement(By.cssSelector("button[value='ok']")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("dialog[open]")));
        return text;
    }

    /** The browser console lines so far; each call answers only the new ones. */
    public List<String> consoleLines() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100));
        wait.withMessage(this::whatThePageSays);
        return wait;
    }

    /** The alerts the page shows and its console, to explain a wait that gave up. */
    private String whatThePageSays() {
        Object alerts = script("return [...document.querySelectorAll("
                + "'.alert, .field-error, .job')].map((a) => a.textContent.trim())"
                + ".filter(Boolean).join(' | ')");
        return "at " + driver.getCurrentUrl() + ", page says: " + alerts
                + ", console: " + consoleLines();
    }

    private static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temp profile does not change any test's outcome.
        }
    }
}
