package vn.dxawards.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * Debian's Chromium, headless, driven by Debian's chromedriver (never a downloaded browser): sign
 * in through the real Keycloak page, keep screenshots, and check pages with axe-core.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path AXE = Path.of("tools", "browser", "node_modules", "axe-core", "axe.min.js");

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    public Browser(String base) {
        this.base = base;
        try {
            profile = Files.createTempDirectory("dx-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("dx.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1600", "--lang=vi", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("dx.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(path.startsWith("http") ? path : base + path);
        return this;
    }

    /** Signs in on Keycloak's own login page, starting from a page of the app. */
    public Browser signIn(String username) {
        open("/app");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(base + "/app"));
        return this;
    }

    public Browser signOut() {
        open("/app/logout");
        driver.manage().deleteAllCookies();
        return this;
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void type(String css, String value) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(value);
    }

    public void select(String css, String value) {
        new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
    }

    public void click(String css) {
        find(css).click();
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    public void clickAndLoad(String css) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // a mark on the current page's window: a newly loaded page does not have it
        js.executeScript("window.dxOldPage = true;");
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState === 'complete' && !window.dxOldPage;")));
    }

    /** Clicks something the page handles in place (no new page, e.g. a vote sent by script), and waits until {@code done}. */
    public void clickAndWait(String css, java.util.function.BooleanSupplier done) {
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> done.getAsBoolean());
    }

    /** A council member's vote on the deliberation page: sent in the background, the row shows it. */
    public void vote(long dossier, String choice) {
        clickAndWait("#vote-" + dossier + "-" + choice, () -> choice.equals(find("#d" + dossier).getAttribute("data-voted")));
    }

    /**
     * From now on, counts in the browser itself every page of the app loaded (a full navigation, a form post
     * answering a page included) and every press of the mouse (a link, a button, a checkbox, an option:
     * {@code pointerdown}, once per press), and answers every confirmation dialog with OK, counting it as a
     * press. Typing is not counted. Counts start at zero with {@link #resetCounts()}.
     */
    public void countLoadsAndPresses() {
        String script = "(() => { if (location.origin !== '" + base + "') return;"
                + " const add = k => sessionStorage.setItem(k, String(Number(sessionStorage.getItem(k) || 0) + 1));"
                + " add('dxLoads');"
                + " addEventListener('pointerdown', e => { if (e.isTrusted) add('dxPresses'); }, true);"
                + " window.confirm = () => { add('dxPresses'); return true; }; })();";
        ((org.openqa.selenium.chromium.ChromiumDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", script));
    }

    public void resetCounts() {
        ((JavascriptExecutor) driver).executeScript(
                "sessionStorage.setItem('dxLoads', '0'); sessionStorage.setItem('dxPresses', '0');"
                        + " window.confirm = () => { sessionStorage.setItem('dxPresses',"
                        + " String(Number(sessionStorage.getItem('dxPresses') || 0) + 1)); return true; };");
    }

    /** Pages of the app loaded since {@link #resetCounts()}. */
    public int loads() {
        return count("dxLoads");
    }

    /** Presses (clicks, confirmations) since {@link #resetCounts()}. */
    public int presses() {
        return count("dxPresses");
    }

    private int count(String key) {
        return Integer.parseInt(String.valueOf(((JavascriptExecutor) driver).executeScript(
                "return sessionStorage.getItem(arguments[0]) || '0';", key)));
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The axe-core violations of impact "serious" or "critical" on the current page, as readable lines. */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityViolations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        try {
            js.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: npm ci --prefix tools/browser", e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations))"
                        + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : violations) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(violation.get("id") + " (" + impact + "): " + violation.get("help") + " — "
                        + ((List<Object>) violation.get("nodes")).stream().limit(3).map(n -> String.valueOf(
                                ((Map<String, Object>) n).get("html"))).toList());
            }
        }
        return serious;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
