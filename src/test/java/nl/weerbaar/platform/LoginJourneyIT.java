package nl.weerbaar.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import nl.weerbaar.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** The login page in a real browser: Dutch first, English one click away, accessible, and it logs in. */
class LoginJourneyIT extends BrowserTest {

    @Test
    void loginPageIsDutchAccessibleAndSwitchesToEnglish() {
        Page page = newPage();
        page.navigate("/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        assertThat(page.locator("h1")).hasText("Inloggen bij Weerbaar");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertAccessible(page);
        page.getByText("English").click();
        assertThat(page.locator("h1")).hasText("Log in to Weerbaar");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }

    @Test
    void demoUserLogsInAndSeesTheirMunicipality() {
        Page page = loggedInPage("coordinator");
        assertThat(page.locator("h1")).containsText("Cor Coördinator");
        assertThat(page.locator(".brand__org")).hasText("Gemeente Voorbeeldstad");
        assertAccessible(page);
    }
}
