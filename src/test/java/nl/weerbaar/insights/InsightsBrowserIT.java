package nl.weerbaar.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import nl.weerbaar.support.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each role opens its dashboard in a real browser; the page passes axe-core, on a desktop and on a phone. */
class InsightsBrowserIT extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"coordinator", "leidinggevende", "secretaris"})
    void dashboardOpensAndIsAccessible(String user) {
        Page page = loggedInPage(user);
        page.navigate("/insights?granularity=YEAR&by=KIND");
        assertThat(page.locator("h1").textContent()).contains("Analyses");
        assertThat(page.locator("table").count()).isGreaterThanOrEqualTo(4);
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertAccessible(page);
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(390);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/insights-" + user + ".png"))
                .setFullPage(true));
    }

    @org.junit.jupiter.api.Test
    void settingsPageIsAccessible() {
        Page page = loggedInPage("coordinator");
        page.navigate("/insights/settings");
        assertThat(page.locator("h1").textContent()).contains("Instellingen");
        assertAccessible(page);
    }
}
