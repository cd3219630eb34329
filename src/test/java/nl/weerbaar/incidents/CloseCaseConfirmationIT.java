package nl.weerbaar.incidents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Closing a case cannot be undone, so the handler is asked first and told what the reporter sees, that it cannot be
 * reopened and when it is anonymised; only the confirmation closes it. Without JavaScript, as a person would do it.
 */
class CloseCaseConfirmationIT extends BrowserTest {

    @Test
    void withoutJavaScriptTheFirstClickOnlyAsksBackLeavesItOpenAndConfirmingCloses() {
        String id = report();
        BrowserContext noScript = browser()
                .newContext(new Browser.NewContextOptions()
                        .setJavaScriptEnabled(false)
                        .setBaseURL(baseUrl())
                        .setLocale("nl-NL"));
        try {
            Page manager = noScript.newPage();
            login(manager, "leidinggevende");
            manager.navigate("/incidents/" + id);
            manager.locator("form[action$='/close'] button").click();
            assertThat(manager.locator(".alert--error")).containsText("terugkoppeling");
            assertThat(manager.locator("#consequences")).hasCount(0);

            everyStepDone(id);
            manager.navigate("/incidents/" + id);
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zaak sluiten"))
                    .click();
            assertThat(manager.locator("main h1"))
                    .hasText("De zaak van de melding van " + DutchTime.date(registeredAt(id)) + " sluiten?");
            assertThat(manager.locator("#consequences").textContent())
                    .contains("kan niet worden heropend")
                    .contains("De melder krijgt hierover geen bericht")
                    .contains("Mijn meldingen")
                    .contains(retentionYears() + " jaar na het sluiten");
            assertThat(manager.locator("#irreversible")).hasText("Dit kunt u niet ongedaan maken.");
            assertThat(status(id)).as("the first click changes nothing").isEqualTo("OPEN");

            manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug"))
                    .click();
            manager.waitForURL(url -> url.endsWith("/incidents/" + id));
            assertThat(status(id)).isEqualTo("OPEN");

            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zaak sluiten"))
                    .click();
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, zaak sluiten"))
                    .click();
            manager.waitForURL(url -> url.endsWith("?closed"));
            assertThat(manager.locator(".alert--success")).containsText("afgesloten");
            assertThat(status(id)).isEqualTo("CLOSED");
        } finally {
            noScript.close();
        }
    }

    @Test
    void theQuestionIsAccessibleWorksOnAPhoneAndSpeaksEnglish() {
        String id = report();
        everyStepDone(id);
        Page manager = newPage(390, 844);
        login(manager, "leidinggevende");
        manager.navigate("/incidents/" + id);
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zaak sluiten"))
                .click();
        assertThat(manager.locator("main h1")).containsText("sluiten?");
        assertAccessible(manager);
        manager.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/close-case-phone.png"))
                .setFullPage(true));
        assertThat(manager.evaluate("document.documentElement.scrollWidth > window.innerWidth + 1"))
                .as("horizontal scrolling on a phone")
                .isEqualTo(false);
        try {
            manager.navigate("/incidents/" + id + "?lang=en");
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close case"))
                    .click();
            assertThat(manager.locator("main h1")).containsText("Close the case of the report of");
            assertThat(manager.locator("#consequences").textContent())
                    .contains("cannot be reopened")
                    .contains("The reporter is not told about it")
                    .contains("My reports");
            assertThat(manager.locator("#irreversible")).hasText("This cannot be undone.");
            assertAccessible(manager);
            manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back"))
                    .click();
            manager.waitForURL(url -> url.endsWith("/incidents/" + id));
            assertThat(status(id)).isEqualTo("OPEN");
        } finally {
            manager.navigate("/?lang=nl"); // the choice is kept on the account, for the mails of other tests
        }
    }

    @Test
    void whoMayNotCloseGetsNoQuestion() {
        String id = report();
        everyStepDone(id);
        WebClient employee = loginAs("medewerker");
        employee.get("/incidents/mine/" + id);
        assertThat(employee.postForm("/incidents/" + id + "/close", Map.of()).statusCode())
                .isEqualTo(403);
        WebClient otherDepartment = loginAs("leidinggevende.vg");
        otherDepartment.get("/incidents");
        assertThat(otherDepartment
                        .postForm("/incidents/" + id + "/close", Map.of())
                        .statusCode())
                .isEqualTo(404);
        WebClient kleindorp = loginAs("kd.coordinator");
        kleindorp.get("/incidents");
        assertThat(kleindorp.postForm("/incidents/" + id + "/close", Map.of()).statusCode())
                .isEqualTo(404);
        WebClient manager = loginAs("leidinggevende");
        manager.get("/incidents/" + id);
        assertThat(manager.postForm("/incidents/" + id + "/close", Map.of()).statusCode())
                .isEqualTo(200);
        assertThat(status(id)).isEqualTo("OPEN");
    }

    private String report() {
        Page reporter = loggedInPage("medewerker");
        reporter.navigate("/incidents/mini");
        reporter.getByLabel("Bedreiging met geweld").check();
        reporter.getByLabel("Waar?").selectOption("COUNTER");
        reporter.getByLabel("Wat gebeurde er, in het kort?").fill("Dreiging aan de balie " + UUID.randomUUID());
        reporter.locator("#mini-form button[type=submit]").click();
        reporter.waitForURL(url -> url.contains("/incidents/mine/"));
        return reporter.url().replaceAll(".*/incidents/mine/([0-9a-f-]{36}).*", "$1");
    }

    /** Every step done, the feedback included: the case may close. */
    private void everyStepDone(String id) {
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "UPDATE incident_step SET status = 'DONE', completed_at = now() WHERE incident_id = ?::uuid")
                        .param(id)
                        .update());
    }

    private String status(String id) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT status FROM incident WHERE id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single());
    }

    private Instant registeredAt(String id) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT registered_at FROM incident WHERE id = ?::uuid")
                        .param(id)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant());
    }

    private int retentionYears() {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT coalesce((SELECT retention_years FROM incident_settings), 5)")
                        .query(Integer.class)
                        .single());
    }
}
