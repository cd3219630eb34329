package nl.weerbaar.surveys.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Closing a survey cannot be undone, so the coordinator is asked first and told that the links stop working, how
 * many responses there are and whether the results will be shown; only the confirmation closes it.
 */
class CloseSurveyConfirmationIT extends BrowserTest {

    @Test
    void theFirstClickOnlyAsksWithTheResponsesBackLeavesItOpenAndConfirmingCloses() throws Exception {
        WebClient coordinator = loginAs("coordinator");
        String title = "Sluiten met vraag " + UUID.randomUUID().toString().substring(0, 6);
        UUID survey = create(coordinator, title, 10);
        List<String> tokens = invite(coordinator, survey, 3);
        respond(tokens.get(0));
        respond(tokens.get(1));

        Page page = loggedInPage("coordinator");
        page.navigate("/surveys/" + survey);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enquête nu sluiten"))
                .click();
        assertThat(page.locator("main h1")).hasText("Enquête ‘" + title + "’ nu sluiten?");
        assertThat(page.locator("#consequences").textContent())
                .contains("De links in de uitnodigingen en de open links werken daarna niet meer")
                .contains("Er zijn tot nu toe 2 reacties binnengekomen.")
                .contains("minder dan de minimale groep van 10")
                .contains("worden er geen resultaten getoond");
        assertThat(closed(survey)).as("the first click changes nothing").isFalse();
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/close-survey.png"))
                .setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug"))
                .click();
        page.waitForURL(url -> url.endsWith("/surveys/" + survey));
        assertThat(closed(survey)).isFalse();
        assertThat(anonymous().get("/s/" + tokens.get(2)).statusCode()).isEqualTo(200);

        try {
            page.navigate("/surveys/" + survey + "?lang=en");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close survey now"))
                    .click();
            assertThat(page.locator("main h1")).hasText("Close survey ‘" + title + "’ now?");
            assertThat(page.locator("#consequences").textContent())
                    .contains("stop working")
                    .contains("2 responses have come in so far.")
                    .contains("fewer than the minimum group of 10");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, close the survey")))
                    .isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back"))
                    .click();
        } finally {
            page.navigate("/surveys/" + survey + "?lang=nl"); // kept on the account, for the mails of other tests
        }
        assertThat(closed(survey)).isFalse();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enquête nu sluiten"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, enquête sluiten"))
                .click();
        page.waitForURL(url -> url.endsWith("/surveys/" + survey));
        assertThat(page.locator(".lead")).containsText("Gesloten");
        assertThat(closed(survey)).isTrue();
        assertThat(anonymous().get("/s/" + tokens.get(2)).statusCode())
                .as("the link of who did not respond stops working")
                .isEqualTo(410);
    }

    @Test
    void withEnoughResponsesItSaysTheResultsCanBeSeenAndWhoMayNotCloseGetsNoQuestion() throws Exception {
        WebClient coordinator = loginAs("coordinator");
        UUID survey = create(
                coordinator, "Genoeg reacties " + UUID.randomUUID().toString().substring(0, 6), 5);
        for (String token : invite(coordinator, survey, 5)) {
            respond(token);
        }
        coordinator.get("/surveys/" + survey);
        HttpResponse<String> asked = coordinator.postForm("/surveys/" + survey + "/close", Map.of());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body())
                .contains("Er zijn tot nu toe 5 reacties binnengekomen.")
                .contains("De resultaten zijn daarna meteen te zien, zonder groepen van minder dan 5 personen")
                .contains("name=\"confirmed\" value=\"true\"")
                .contains("name=\"_csrf\"");
        assertThat(closed(survey)).isFalse();

        WebClient secretary = loginAs("secretaris");
        secretary.get("/surveys");
        assertThat(secretary.postForm("/surveys/" + survey + "/close", Map.of()).statusCode())
                .isEqualTo(403);
        WebClient kleindorp = loginAs("kd.coordinator");
        kleindorp.get("/surveys");
        assertThat(kleindorp.postForm("/surveys/" + survey + "/close", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(closed(survey)).isFalse();

        coordinator.get("/surveys/" + survey);
        assertThat(coordinator
                        .postForm("/surveys/" + survey + "/close", Map.of("confirmed", "true"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(closed(survey)).isTrue();
    }

    private UUID create(WebClient coordinator, String title, int minGroupSize) {
        coordinator.get("/surveys/new");
        HttpResponse<String> created = coordinator.postForm(
                "/surveys/new",
                Map.of(
                        "title",
                        title,
                        "variant",
                        "CIVIL_SERVANT",
                        "opensOn",
                        LocalDate.now(DutchTime.ZONE).toString(),
                        "closesOn",
                        LocalDate.now(DutchTime.ZONE).plusDays(14).toString(),
                        "minGroupSize",
                        String.valueOf(minGroupSize),
                        "baseline",
                        ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private List<String> invite(WebClient coordinator, UUID survey, int people) throws Exception {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            addresses.add(SurveyFixtures.address("sluiten"));
        }
        coordinator.get("/surveys/" + survey);
        HttpResponse<String> sent = coordinator.postForm(
                "/surveys/" + survey + "/invitations",
                Map.of("emails", String.join("\n", addresses), "department", ""));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        List<String> tokens = new ArrayList<>();
        for (String address : addresses) {
            tokens.add(SurveyFixtures.tokensMailedTo(address).get(0));
        }
        return tokens;
    }

    private void respond(String token) {
        WebClient respondent = anonymous();
        respondent.get("/s/" + token);
        HttpResponse<String> sent = respondent.postForm("/s/" + token, SurveyFixtures.answers(1));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
    }

    private boolean closed(UUID survey) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT closed_on IS NOT NULL FROM survey WHERE id = ?")
                        .param(survey)
                        .query(Boolean.class)
                        .single());
    }
}
