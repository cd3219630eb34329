package nl.weerbaar.assessments.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.junit.jupiter.api.Test;

/** A coordinator turns a gap in the results into an action, pre-filled from the suggested measure, and finds it in the plan. */
class GapToActionJourneyIT extends BrowserTest {

    private static final String MEASURE =
            "Maak melden eenvoudig en bespreek in teams waarom ook kleine incidenten tellen.";

    @Test
    void aGapInTheResultsBecomesAnActionThatTheActionPlanShows() {
        Page page = loggedInPage("coordinator");
        page.navigate("/assessments");
        page.getByLabel("Naam van de meting").fill("Meting voor het actieplan");
        page.locator("#instrument").selectOption(new SelectOption().setLabel("Checklist Veilige Publieke Taak (v1)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meting starten"))
                .click();
        page.waitForURL(u -> u.matches(".*/assessments/measurements/[0-9a-f-]{36}$"));
        page.locator("table a", new Page.LocatorOptions().setHasText("Acht maatregelen"))
                .click();
        page.waitForURL(u -> u.endsWith("/sections/VPT"));
        // started with "take over answers" (the default): the demo scan's answers are marked as taken over
        assertThat(page.locator("#q-VPT\\.5 .taken-over").textContent())
                .startsWith("Overgenomen uit Weerbaarheidsscan in vijf pijlers (0-meting 2026)");
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/taken-over.png"))
                .setFullPage(true));
        page.locator("#q-VPT\\.2")
                .getByLabel("Nee", new Locator.GetByLabelOptions().setExact(true))
                .check();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Opslaan").setExact(true))
                .click();
        page.waitForURL(u -> u.contains("saved"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar Meting voor het actieplan"))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Resultaten").setExact(true))
                .click();
        page.waitForURL(u -> u.endsWith("/results"));

        Locator gap =
                page.locator(".gaps li", new Page.LocatorOptions().setHasText("VPT.2 Medewerkers melden elk incident"));
        gap.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Maak hier een actie van"))
                .click();
        page.waitForURL(u -> u.endsWith("/gaps/VPT.2/action"));
        assertAccessible(page);
        assertThat(page.getByLabel("Titel van de actie").inputValue()).isEqualTo(MEASURE);
        assertThat(page.getByLabel("Omschrijving").inputValue()).startsWith("VPT.2 — Medewerkers melden elk incident");
        assertThat(page.locator("#priority").inputValue()).isEqualTo("HIGH");

        // an emptied title is refused with a Dutch message and an error summary; nothing is created
        page.getByLabel("Titel van de actie").fill(" ");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actie maken"))
                .click();
        assertThat(page.locator("#error-summary").textContent()).contains("Vul een titel in");
        assertThat(page.getByLabel("Titel van de actie").getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertAccessible(page);

        String owner = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT display_name FROM app_user WHERE username = 'medewerker'")
                        .query(String.class)
                        .single());
        page.getByLabel("Titel van de actie").fill(MEASURE);
        page.getByLabel("Eigenaar").selectOption(new SelectOption().setLabel(owner));
        page.getByLabel("Streefdatum").fill(LocalDate.now().plusMonths(3).toString());
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/gap-action.png"))
                .setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actie maken"))
                .click();
        page.waitForURL(u -> u.matches(".*/actions/[0-9a-f-]{36}\\?created$"));
        assertThat(page.locator("[role=status]").first().textContent()).contains("De actie is aangemaakt");
        assertThat(page.locator("h1").textContent()).isEqualTo(MEASURE);
        assertAccessible(page);

        page.navigate("/actions");
        assertThat(page.locator("table.table--cards").textContent())
                .contains(MEASURE)
                .contains(owner);
        assertAccessible(page);

        page.navigate("/assessments/mappings");
        assertAccessible(page);
        page.locator("table a").first().click();
        assertThat(page.locator("table").textContent()).contains("BH.4.4").contains("Ja → Groen (op orde)");
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/mapping.png")));

        page.navigate("/assessments");
        page.locator("table a", new Page.LocatorOptions().setHasText("Meting voor het actieplan"))
                .click();
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Resultaten").setExact(true))
                .click();
        assertThat(page.locator(".gaps li", new Page.LocatorOptions().setHasText("VPT.2 "))
                        .textContent())
                .contains("Open");
    }
}
