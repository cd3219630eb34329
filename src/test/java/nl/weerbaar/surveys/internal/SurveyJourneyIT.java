package nl.weerbaar.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import nl.weerbaar.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** In a real browser: a coordinator sets up and sends a survey, a respondent answers on a phone, and the report. */
class SurveyJourneyIT extends BrowserTest {

    @Test
    void fromInvitationToThankYouAndFromCoordinatorToTheReport() throws Exception {
        Page coordinator = loggedInPage("coordinator");
        coordinator.navigate("/surveys");
        assertAccessible(coordinator);
        coordinator
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe enquête"))
                .click();
        assertAccessible(coordinator);
        coordinator.getByLabel("Titel").fill("Browserenquête");
        coordinator.locator("form.card button[type=submit]").click();
        coordinator.waitForURL(url -> url.matches(".*/surveys/[0-9a-f-]{36}$"));
        assertAccessible(coordinator);
        String email = SurveyFixtures.address("browser");
        coordinator.getByLabel("E-mailadressen").fill(email);
        coordinator
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitnodigingen versturen"))
                .click();
        assertThat(coordinator.locator(".alert--success").textContent()).contains("1 uitnodiging");
        assertAccessible(coordinator);
        List<String> tokens = SurveyFixtures.tokensMailedTo(email);
        assertThat(tokens).hasSize(1);

        Page phone = newPage(390, 844);
        phone.navigate("/s/" + tokens.get(0));
        assertThat(phone.locator("h1").textContent()).isEqualTo("Browserenquête");
        assertAccessible(phone);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoorden versturen"))
                .click();
        assertThat(phone.locator("#error-summary").textContent()).contains("Kies een antwoord.");
        assertAccessible(phone);
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "surveys-respond-phone.png")));
        for (Locator radio : phone.locator("input[type=radio][value='1']").all()) {
            radio.check();
        }
        phone.locator("textarea").first().fill("Meer oefenen met lastige gesprekken.");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoorden versturen"))
                .click();
        phone.waitForURL(url -> url.endsWith("/s/thanks"));
        assertThat(phone.locator("h1").textContent()).isEqualTo("Bedankt");
        assertAccessible(phone);

        coordinator.navigate("/surveys");
        coordinator
                .getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(SurveysDemoData.TITLE_1)
                                .setExact(true))
                .click();
        assertAccessible(coordinator);
        coordinator
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Resultaten bekijken"))
                .click();
        assertThat(coordinator.locator("h1").textContent()).contains(SurveysDemoData.TITLE_1);
        assertThat(coordinator.locator("table").first().textContent())
                .contains("Overig")
                .contains("Nulmeting");
        assertAccessible(coordinator);
        coordinator.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "surveys-results.png"))
                .setFullPage(true));
        assertThat(coordinator
                        .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapport als PDF"))
                        .getAttribute("href"))
                .endsWith("/report.pdf");
        coordinator.locator("#row-KNOWS_REPORTING button").click();
        coordinator.waitForURL(url -> url.matches(".*/actions/[0-9a-f-]{36}$"));
        assertThat(coordinator.content()).contains("Opvolging medewerkersenquête");
    }
}
