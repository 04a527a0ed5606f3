package vn.dxawards.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.JavascriptExecutor;

/** A browser per test, on the app's test port (the one the demo realm lets the sign-in come back to). */
public abstract class BrowserTests {

    protected Browser browser;

    public static String base() {
        return "http://localhost:" + ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }

    @BeforeEach
    void openBrowser() {
        browser = new Browser(base());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** Keeps a screenshot of the page and fails on any axe-core violation of impact serious or critical. */
    protected void assertAccessible(String screenshot) {
        assertAccessible(screenshot, null);
    }

    /** The same; the screenshot shows the part from {@code scrollTo} on, when given. */
    protected void assertAccessible(String screenshot, String scrollTo) {
        if (scrollTo != null) {
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView(true);",
                    browser.find(scrollTo));
        }
        browser.screenshot(screenshot);
        List<String> violations = browser.seriousAccessibilityViolations();
        assertThat(violations).as("axe-core serious/critical violations on " + screenshot).isEmpty();
    }
}
