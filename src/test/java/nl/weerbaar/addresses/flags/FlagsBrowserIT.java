package nl.weerbaar.addresses.flags;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.registries.BagAddresses;
import nl.weerbaar.registries.bag.BagLoadService;
import nl.weerbaar.registries.bag.BagSample;
import nl.weerbaar.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The verwijsindex on a phone: the coordinator sets a flag (choosing among the addresses at a number), a second person
 * approves it, and an employee checking the address before a home visit sees whom to contact first and nothing else.
 */
class FlagsBrowserIT extends BrowserTest {

    static final String REASON = "Bewoner bedreigde eerder een toezichthouder met een mes";

    @Autowired
    BagLoadService loads;

    @Autowired
    BagAddresses addresses;

    @Test
    void theCoordinatorSetsAFlagASecondPersonApprovesAndTheEmployeeIsToldToCallFirst() {
        BagSample.ensureDoesburg(loads, addresses);
        String end = DutchTime.today(clock).plusMonths(3).toString();

        Page coordinator = newPage(390, 844);
        login(coordinator, "coordinator");
        coordinator.navigate("/addresses/flags");
        assertThat(coordinator.locator("h1")).hasText("Verwijsindex");
        assertAccessible(coordinator);
        coordinator
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe signalering"))
                .click();
        coordinator.getByLabel("Postcode").fill("6981 ed");
        coordinator.getByLabel("Huisnummer").fill("4");
        coordinator.getByLabel("Naam contactpersoon").fill("Fatima Bakker");
        coordinator.getByLabel("Team").fill("Team Handhaving");
        coordinator.getByLabel("Telefoonnummer").fill("0313 481 900");
        coordinator.getByLabel("Categorie").selectOption("THREAT_TO_STAFF");
        coordinator
                .getByLabel("Reden", new Page.GetByLabelOptions().setExact(true))
                .fill(REASON);
        coordinator.getByLabel("Einddatum").fill(end);
        coordinator
                .getByLabel("Tweede persoon die goedkeurt")
                .selectOption(new SelectOption().setLabel("Sanne Secretaris"));
        shot(coordinator, "flags-new-390");
        assertAccessible(coordinator);
        coordinator.locator("#flag-form button[type=submit]").click();

        // several addresses at the number: choose one
        assertThat(coordinator.locator("#error-summary")).containsText("Kies het juiste adres");
        assertAccessible(coordinator);
        coordinator.locator("#bagId input[type=radio]").first().check();
        coordinator.locator("#flag-form button[type=submit]").click();
        assertThat(coordinator.locator("#flag-state")).hasText("Wacht op goedkeuring");
        assertThat(coordinator.locator("#flag-reason")).hasText(REASON);
        shot(coordinator, "flags-detail-390");
        assertAccessible(coordinator);

        Page secretary = newPage(390, 844);
        login(secretary, "secretaris");
        secretary.navigate("/approvals");
        secretary
                .locator("#waiting a", new Page.LocatorOptions().setHasText("Signalering in de verwijsindex"))
                .first()
                .click();
        assertAccessible(secretary);
        secretary
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Goedkeuren"))
                .click();
        secretary.waitForURL(url -> url.endsWith("/approvals"));

        Page employee = newPage(390, 844);
        login(employee, "medewerker");
        employee.navigate("/menu/preventie-en-beleid");
        employee.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Adres checken voor bezoek"))
                .first()
                .click();
        assertThat(employee.locator("h1")).hasText("Adres checken voor bezoek");
        assertAccessible(employee);
        employee.getByLabel("Huisbezoek").check();
        employee.getByLabel("Postcode").fill("6981ED");
        employee.getByLabel("Huisnummer").fill("4");
        employee.locator("#check-form button[type=submit]").click();
        employee.locator("#bagId input[type=radio]").first().check();
        employee.locator("#check-form button[type=submit]").click();
        assertThat(employee.locator("#contact-first"))
                .containsText("Neem eerst contact op met Fatima Bakker (Team Handhaving, 0313 481 900) voordat u dit"
                        + " adres bezoekt.");
        assertThat(employee.locator("main")).not().containsText(REASON);
        assertThat(employee.locator("main")).not().containsText("Dreiging tegen medewerkers");
        assertThat(employee.locator("main")).not().containsText("Cor Coördinator");
        shot(employee, "flags-check-390");
        assertAccessible(employee);

        coordinator.navigate("/addresses/flags");
        assertThat(coordinator.locator("#flags-active")).containsText("Fatima Bakker");
        shot(coordinator, "flags-list-390");
        assertAccessible(coordinator);
        Page desk = newPage();
        login(desk, "coordinator");
        desk.navigate("/addresses/flags");
        desk.locator("#flags-active a").first().click();
        assertThat(desk.locator("#flag-state")).hasText("Actief");
        shot(desk, "flags-detail-1280");
        assertAccessible(desk);
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }
}
