package nl.weerbaar.processes.reviews;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Closing an access review cannot be undone, so the coordinator is asked first and told how many items are still
 * open and what happens to them, that the decisions become final and who is mailed; only the confirmation closes it.
 */
class CloseReviewConfirmationIT extends BrowserTest {

    @Test
    void withoutJavaScriptTheFirstClickOnlyAsksBackLeavesItOpenAndConfirmingCloses() {
        WebClient coordinator = loginAs("coordinator");
        String name = "Afsluiten met vraag " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = start(coordinator, name);
        decide(id, "V001 BRP raadplegen", "REVOKED");
        decide(id, "V002 BRP raadplegen", "CONFIRMED");
        long total = items(id);
        BrowserContext noScript = browser()
                .newContext(new Browser.NewContextOptions()
                        .setJavaScriptEnabled(false)
                        .setBaseURL(baseUrl())
                        .setLocale("nl-NL"));
        try {
            Page page = noScript.newPage();
            login(page, "coordinator");
            page.navigate("/processes/reviews/" + id);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Review afsluiten")
                                    .setExact(true))
                    .click();
            assertThat(page.locator("main h1")).hasText("Toegangsreview ‘" + name + "’ afsluiten?");
            assertThat(page.locator("#consequences").textContent())
                    .contains((total - 2) + " van de " + total + " items zijn nog niet beoordeeld.")
                    .contains("de rechten worden niet ingetrokken en er komt geen taak voor")
                    .contains("De besluiten liggen daarna vast: 1 bevestigd en 1 ingetrokken.")
                    .contains("Het ingetrokken recht wordt een taak om in te trekken, en 1 persoon krijgt daarover"
                            + " een e-mail");
            assertThat(status(id)).as("the first click changes nothing").isEqualTo("OPEN");

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Terug").setExact(true))
                    .click();
            page.waitForURL(url -> url.endsWith("/processes/reviews/" + id));
            assertThat(status(id)).isEqualTo("OPEN");

            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Review afsluiten")
                                    .setExact(true))
                    .click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, review afsluiten"))
                    .click();
            page.waitForURL(url -> url.endsWith("/processes/reviews/" + id));
            assertThat(page.locator("#closed-message")).isVisible();
            assertThat(status(id)).isEqualTo("CLOSED");
        } finally {
            noScript.close();
        }
    }

    @Test
    void theQuestionIsAccessibleAndSpeaksEnglish() {
        WebClient coordinator = loginAs("coordinator");
        String name = "In English " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = start(coordinator, name);
        long total = items(id);
        Page page = loggedInPage("coordinator");
        try {
            page.navigate("/processes/reviews/" + id);
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Review afsluiten")
                                    .setExact(true))
                    .click();
            assertThat(page.locator("#consequences").textContent())
                    .contains(total + " van de " + total + " items zijn nog niet beoordeeld.")
                    .contains("Er is geen recht ingetrokken: er komen geen taken en er gaat geen e-mail uit.");
            assertAccessible(page);

            page.navigate("/processes/reviews/" + id + "?lang=en");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Close review").setExact(true))
                    .click();
            assertThat(page.locator("main h1")).hasText("Close access review ‘" + name + "’?");
            assertThat(page.locator("#consequences").textContent())
                    .contains(total + " of the " + total + " items have not been reviewed.")
                    .contains("No right was revoked");
            assertThat(page.locator("#irreversible")).hasText("This cannot be undone.");
            assertAccessible(page);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of("target/screenshots/close-review-en.png"))
                    .setFullPage(true));
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Back").setExact(true))
                    .click();
            page.waitForURL(url -> url.endsWith("/processes/reviews/" + id));
            assertThat(status(id)).isEqualTo("OPEN");
        } finally {
            page.navigate("/?lang=nl"); // the choice is kept on the account, for the mails of other tests
            close(coordinator, id);
        }
    }

    @Test
    void whoMayNotCloseGetsNoQuestionAndAClosedReviewIsNotAskedAgain() {
        WebClient coordinator = loginAs("coordinator");
        UUID id = start(
                coordinator,
                "Rollen bij afsluiten " + UUID.randomUUID().toString().substring(0, 6));
        WebClient admin = loginAs("beheerder");
        admin.get("/processes/reviews/" + id);
        assertThat(admin.postForm("/processes/reviews/" + id + "/close", Map.of())
                        .statusCode())
                .as("administrators may look, not close")
                .isEqualTo(403);
        WebClient kleindorp = loginAs("kd.coordinator");
        kleindorp.get("/processes/reviews");
        assertThat(kleindorp
                        .postForm("/processes/reviews/" + id + "/close", Map.of())
                        .statusCode())
                .isEqualTo(404);
        coordinator.get("/processes/reviews/" + id);
        HttpResponse<String> asked = coordinator.postForm("/processes/reviews/" + id + "/close", Map.of());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("name=\"confirmed\" value=\"true\"").contains("name=\"_csrf\"");
        assertThat(status(id)).isEqualTo("OPEN");

        close(coordinator, id);
        assertThat(status(id)).isEqualTo("CLOSED");
        coordinator.get("/processes/reviews/" + id);
        assertThat(coordinator
                        .postForm("/processes/reviews/" + id + "/close", Map.of())
                        .statusCode())
                .isEqualTo(409);
    }

    private UUID start(WebClient coordinator, String name) {
        coordinator.get("/processes/reviews");
        HttpResponse<String> started = coordinator.postForm(
                "/processes/reviews",
                Map.of(
                        "name",
                        name,
                        "dueDate",
                        LocalDate.now(DutchTime.ZONE).plusDays(30).toString()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        return UUID.fromString(
                started.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
    }

    private void close(WebClient coordinator, UUID id) {
        coordinator.get("/processes/reviews/" + id);
        assertThat(coordinator
                        .postForm("/processes/reviews/" + id + "/close", Map.of("confirmed", "true"))
                        .statusCode())
                .isEqualTo(302);
    }

    /** Decides one item ("employee-number application right") as the coordinator would. */
    private void decide(UUID campaign, String item, String decision) {
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> assertThat(jdbc.sql("""
        UPDATE proc_review_item SET decision = ?, decided_at = now(),
               decided_by = (SELECT id FROM app_user WHERE username = 'coordinator')
         WHERE campaign_id = ? AND employee_no || ' ' || application_code || ' ' || access_right = ?""").params(decision, campaign, item).update())
                        .isEqualTo(1));
    }

    private long items(UUID campaign) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM proc_review_item WHERE campaign_id = ?")
                        .param(campaign)
                        .query(Long.class)
                        .single());
    }

    private String status(UUID campaign) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT status FROM proc_review_campaign WHERE id = ?")
                        .param(campaign)
                        .query(String.class)
                        .single());
    }
}
