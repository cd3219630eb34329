package nl.weerbaar.processes.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The coordinator starts a review for Burgerzaken, its manager finds it in the menu and reviews the items (also
 * on a phone), and after closing the revoked right is a to-do for the application owner.
 */
class AccessReviewJourneyIT extends BrowserTest {

    @Test
    void aManagerReviewsTheRightsOfTheirPeople() {
        String name = "Review Burgerzaken " + UUID.randomUUID().toString().substring(0, 6);
        Page coordinator = loggedInPage("coordinator");
        coordinator.navigate("/processes/reviews");
        assertAccessible(coordinator);
        coordinator.getByLabel("Naam van de review").fill(name);
        coordinator
                .getByLabel("Uiterste datum")
                .fill(LocalDate.now(DutchTime.ZONE).plusDays(14).toString());
        coordinator
                .getByRole(
                        AriaRole.CHECKBOX,
                        new Page.GetByRoleOptions().setName("Burgerzaken").setExact(true))
                .check();
        coordinator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review starten"))
                .click();
        coordinator.waitForURL(url -> url.matches(".*/processes/reviews/[0-9a-f-]{36}$"));
        assertThat(coordinator.locator("main h1").textContent()).contains(name);
        assertAccessible(coordinator);
        String campaignUrl = coordinator.url();

        Page manager = loggedInPage("leidinggevende");
        manager.locator("nav.main-nav summary", new Page.LocatorOptions().setHasText("Preventie en beleid"))
                .click();
        manager.locator("nav.main-nav").getByText("Mijn reviewitems").click();
        manager.waitForURL(url -> url.endsWith("/processes/reviews/mine"));
        assertAccessible(manager);
        manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name))
                .click();
        manager.waitForURL(url -> url.matches(".*/processes/reviews/mine/[0-9a-f-]{36}$"));
        assertAccessible(manager);
        assertThat(manager.locator("main").textContent())
                .contains("Anouk de Boer", "Bas Visser")
                .doesNotContain("Cem Yilmaz");

        Locator anouk = person(manager, "Anouk de Boer");
        anouk.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Alle 2 open rechten van Anouk de Boer bevestigen"))
                .click();
        manager.waitForSelector("#confirmed-all");
        assertThat(person(manager, "Anouk de Boer").textContent())
                .contains("Bevestigd")
                .doesNotContain("Nog niet beoordeeld");
        assertAccessible(manager);

        Locator bas = person(manager, "Bas Visser");
        bas.getByLabel("Reden van intrekken (niet verplicht)").fill("Werkt sinds kort niet meer aan de balie");
        bas.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Intrekken"))
                .click();
        manager.waitForSelector("#decided");
        assertThat(manager.locator("#decided").textContent()).contains("Het recht is ingetrokken.");
        assertThat(person(manager, "Bas Visser").textContent())
                .contains("Ingetrokken")
                .contains("Werkt sinds kort niet meer aan de balie");
        assertThat(manager.locator("#progress").textContent()).contains("Nog 0 van 3");
        assertAccessible(manager);
        manager.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/review-items.png"))
                .setFullPage(true));

        Page phone = newPage(390, 844);
        login(phone, "leidinggevende");
        phone.navigate(manager.url());
        assertAccessible(phone);
        assertThat(phone.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1"))
                .as("horizontal scrolling on a phone")
                .isEqualTo(false);
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/review-items-phone.png"))
                .setFullPage(true));

        coordinator.navigate(campaignUrl);
        assertThat(coordinator.locator("#decisions").textContent())
                .contains("Werkt sinds kort niet meer aan de balie")
                .doesNotContain("Bas Visser");
        coordinator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Review afsluiten"))
                .click();
        coordinator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, review afsluiten"))
                .click();
        coordinator.waitForSelector("#closed-message");
        assertAccessible(coordinator);
        coordinator.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/review-campaign.png"))
                .setFullPage(true));

        coordinator
                .getByText("Rechten om in te trekken, per applicatie")
                .first()
                .click();
        coordinator.waitForURL(url -> url.endsWith("/processes/reviews/todos"));
        assertAccessible(coordinator);
        assertThat(coordinator.locator("main").textContent()).contains("V002").contains(name);
        coordinator.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/review-todos.png"))
                .setFullPage(true));
    }

    private static Locator person(Page page, String name) {
        return page.locator("section.review-person", new Page.LocatorOptions().setHasText(name));
    }
}
