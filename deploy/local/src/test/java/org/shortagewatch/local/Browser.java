package org.shortagewatch.local;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.shortagewatch.infra.DemoRealm;
import org.shortagewatch.infra.Totp;

/**
 * One headless Chromium for one journey: Debian's {@code /usr/bin/chromium}, driven through Debian's
 * {@code /usr/bin/chromedriver} (both given explicitly, so Selenium Manager never runs and nothing is downloaded).
 *
 * <p>It keeps every browser console error of the journey ({@link #assertNoConsoleErrors()}), saves a screenshot of
 * each page the journey looks at under {@code target/screenshots/<journey>/NN-<name>.png}, and signs in through
 * Keycloak's real login page ({@link #signIn}), with the one-time code for users whose second factor is required.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("shortagewatch.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("shortagewatch.chromedriver", "/usr/bin/chromedriver"));
    static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private final Path screenshots;
    private final List<LogEntry> console = new ArrayList<>();
    private int shots;
    private Function<DemoRealm.User, String> oneTimeCodes = user -> Totp.now(user.totpSecret());

    /** A fresh browser (fresh profile: no cookies, no session) whose screenshots go to {@code target/screenshots/<journey>/}. */
    Browser(String journey) {
        this(journey, 1280, 900);
    }

    Browser(String journey, int width, int height) {
        for (Path file : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(file)) {
                throw new IllegalStateException(file + " is missing: install Debian's chromium and chromium-driver "
                        + "(apt-get install chromium chromium-driver fonts-noto-cjk; .ci/run does it)");
            }
        }
        try {
            profile = Files.createTempDirectory("shortage-watch-chromium-");
            screenshots = Path.of("target", "screenshots", journey).toAbsolutePath();
            deleteRecursively(screenshots);
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=ja");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja,en"));
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.SEVERE);
        options.setCapability("goog:loggingPrefs", logging);
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // A whole-page screenshot resizes the page for a moment, and a chart redraws itself, animated, at each
        // resize: screenshots would catch it half drawn. The pages honour prefers-reduced-motion, as users ask.
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
    }

    /**
     * Where sign-in gets one-time codes; by default the current code of the user's demo secret. Keycloak takes each
     * code once only: a journey that also fetches tokens for the same user passes {@code keycloak::totpCode}.
     */
    Browser oneTimeCodes(Function<DemoRealm.User, String> codes) {
        this.oneTimeCodes = codes;
        return this;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens the URL and waits until the page has loaded. */
    Browser open(String url) {
        driver.get(url);
        return this;
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String title() {
        return driver.getTitle();
    }

    /** The text of the whole page as a user sees it. */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebElement find(By by) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    WebDriverWait waitFor() {
        return waitFor(WAIT);
    }

    WebDriverWait waitFor(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.withMessage(() -> "at " + url());
        return wait;
    }

    /** Waits until the page's text contains {@code text} (the page is not reloaded). */
    Browser awaitText(String text) {
        waitFor().withMessage(() -> "page text containing \"" + text + "\" at " + url() + ":\n" + text())
                .until(d -> text().contains(text));
        return this;
    }

    /**
     * Signs in on Keycloak's login page, which the browser shows now: user name and password, then, for a user whose
     * second factor is required, the one-time code (computed from the demo secret, as an authenticator app would).
     * Screenshots each form. Returns when the browser has left Keycloak.
     */
    Browser signIn(DemoRealm.User user) {
        find(By.id("username")).sendKeys(user.username());
        driver.findElement(By.id("password")).sendKeys(user.password());
        screenshot("keycloak-login");
        driver.findElement(By.id("kc-login")).click();
        if (user.totpSecret() != null) {
            enterOneTimeCode(user);
        }
        waitFor().withMessage(() -> "back from Keycloak; still at " + url() + ":\n" + text())
                .until(d -> !isKeycloak());
        return this;
    }

    /** On Keycloak's one-time-code form (after the password): enters the current code and submits it. */
    Browser enterOneTimeCode(DemoRealm.User user) {
        find(By.id("otp")).sendKeys(oneTimeCodes.apply(user));
        screenshot("keycloak-otp");
        driver.findElement(By.id("kc-login")).click();
        return this;
    }

    boolean isKeycloak() {
        return url().contains("/realms/" + DemoRealm.NAME + "/");
    }

    /**
     * Saves a PNG of the whole page (not only the window; at most 5000 px high) as {@code NN-<name>.png}, numbered in
     * the order the journey took them.
     */
    @SuppressWarnings("unchecked")
    Path screenshot(String name) {
        Path file = screenshots.resolve(String.format(Locale.ROOT, "%02d-%s.png", ++shots, name));
        try {
            Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                    .get("cssContentSize");
            double width = ((Number) size.get("width")).doubleValue();
            double height = Math.min(5000, ((Number) size.get("height")).doubleValue());
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (RuntimeException cdpRefused) {
            try {
                Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Saves a PNG of one element as the window shows it, as {@code NN-<name>.png}: a frame whose document was written
     * after the page loaded (a live preview) can come out blank in a whole-page capture.
     */
    Path screenshot(String name, By element) {
        Path file = screenshots.resolve(String.format(Locale.ROOT, "%02d-%s.png", ++shots, name));
        WebElement shown = find(element);
        driver.executeScript("arguments[0].scrollIntoView();", shown);
        try {
            Files.write(file, shown.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Adds to a journey's failure a screenshot of where the browser stood and the text of its page. */
    void explain(Throwable failure) {
        try {
            Path shot = screenshot("failed");
            failure.addSuppressed(new AssertionError("the page at " + url() + " (" + shot + "):\n" + text()));
        } catch (RuntimeException ignored) {
            // the failure itself says enough
        }
    }

    /** Every console error since the browser started (JavaScript errors, failed loads), kept across calls. */
    List<LogEntry> consoleErrors() {
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .forEach(console::add);
        return List.copyOf(console);
    }

    /**
     * Fails if the browser's console logged any error so far. The one error not counted: Chromium asks every site for
     * {@code /favicon.ico} by itself, and logs that site's 404 as an error; no page asked for it.
     */
    void assertNoConsoleErrors() {
        assertNoConsoleErrorsExcept(entry -> false);
    }

    private static boolean unaskedFavicon(LogEntry entry) {
        return entry.getMessage().contains("/favicon.ico - Failed to load resource");
    }

    /** Fails if the browser's console logged an error so far that {@code expected} does not accept. */
    void assertNoConsoleErrorsExcept(Predicate<LogEntry> expected) {
        List<String> errors = consoleErrors().stream().filter(expected.negate())
                .filter(entry -> !unaskedFavicon(entry))
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
        assertTrue(errors.isEmpty(), "browser console errors:\n" + String.join("\n", errors));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.close();
            deleteRecursively(profile);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }
}
