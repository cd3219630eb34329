package nl.weerbaar.actions.plan;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A coordinator adds an action by hand with a theme, on a desktop and on a phone, and finds it in the action plan
 * grouped under that theme and under the source "Handmatig"; the themes page is reachable from the plan.
 */
class ManualActionJourneyIT extends BrowserTest {

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void anActionAddedByHandShowsUpUnderItsThemeAndUnderHandmatig(int width) {
        Page page = newPage(width, width > 600 ? 900 : 844);
        login(page, "coordinator");
        String title = "Weerbaarheid van de balie versterken (" + width + ")";
        String owner = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT display_name FROM app_user WHERE username = 'medewerker'")
                        .query(String.class)
                        .single());

        page.navigate("/actions");
        page.locator("summary", new Page.LocatorOptions().setHasText("Nieuwe actie"))
                .click();
        // an empty title is refused with the error summary, the form stays open
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actie toevoegen"))
                .click();
        assertThat(page.locator("#error-summary").textContent()).contains("Titel: Vul een titel in");
        assertThat(page.locator("#title").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.locator("details#new").getAttribute("open")).isNotNull();
        assertAccessible(page);
        assertNoSidewaysScrolling(page);

        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill(title);
        page.getByLabel("Omschrijving").fill("Afspraken over afscherming en alarmknoppen.");
        page.locator("#themeId").selectOption(new SelectOption().setLabel("Integere en veilige werkomgeving"));
        page.locator("#ownerId").selectOption(new SelectOption().setLabel(owner));
        page.locator("#dueDate").fill(LocalDate.now().plusMonths(2).toString());
        page.locator("#priority").selectOption("HIGH");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actie toevoegen"))
                .click();
        page.waitForURL(u -> u.matches(".*/actions/[0-9a-f-]{36}\\?created$"));
        assertThat(page.locator("h1").textContent()).isEqualTo(title);
        String details = page.locator("dl.details").textContent();
        assertThat(details)
                .contains("Handmatig")
                .contains("Integere en veilige werkomgeving")
                .contains(owner);
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar het actieplan"))
                .click();
        page.locator("#group").selectOption(new SelectOption().setLabel("Op thema"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tonen"))
                .click();
        page.waitForURL(u -> u.contains("group=theme"));
        Locator theme = group(page, "Integere en veilige werkomgeving (");
        assertThat(theme.locator("table").textContent()).contains(title).contains("Integere en veilige werkomgeving");
        assertAccessible(page);
        assertNoSidewaysScrolling(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/actions-by-theme-" + width + ".png"))
                .setFullPage(true));

        page.locator("#group").selectOption(new SelectOption().setLabel("Op herkomst"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tonen"))
                .click();
        page.waitForURL(u -> u.contains("group=source"));
        Locator manual = group(page, "Handmatig (");
        assertThat(manual.locator("table").textContent()).contains(title);
        assertThat(page.locator("main h2[id^=group-]").first().textContent()).startsWith("Handmatig (");
        assertAccessible(page);
        assertNoSidewaysScrolling(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thema's van het actieplan"))
                .click();
        page.waitForURL(u -> u.endsWith("/actions/themes"));
        assertThat(page.locator("table").textContent())
                .contains("Gesprek met de medewerker en nazorg")
                .contains("Maatregel van Veilige Publieke Taak");
        assertAccessible(page);
        assertNoSidewaysScrolling(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/action-themes-" + width + ".png"))
                .setFullPage(true));
    }

    /** The section of the grouped plan whose heading starts with {@code heading}. */
    private static Locator group(Page page, String heading) {
        Locator section = page.locator(
                "main section",
                new Page.LocatorOptions().setHas(page.locator("h2", new Page.LocatorOptions().setHasText(heading))));
        assertThat(section.count()).as("group " + heading).isEqualTo(1);
        return section;
    }

    private static void assertNoSidewaysScrolling(Page page) {
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).as("horizontal scrolling on " + page.url()).isEqualTo(false);
    }
}
