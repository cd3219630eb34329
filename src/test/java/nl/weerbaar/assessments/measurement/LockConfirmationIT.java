package nl.weerbaar.assessments.measurement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Locking a measurement cannot be undone, so the coordinator is asked first and told how many questions are answered
 * and that the answers become final; only the confirmation locks it.
 */
class LockConfirmationIT extends BrowserTest {

    private static final String[] VPT = {"VPT.1", "VPT.2", "VPT.3", "VPT.4", "VPT.5", "VPT.6", "VPT.7", "VPT.8"};

    @Test
    void theFirstClickOnlyAsksWithTheAnswersCountedBackLeavesItOpenAndConfirmingLocks() {
        WebClient coordinator = loginAs("coordinator");
        String name = "Afsluiten met vraag " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = start(coordinator, name);
        answerAll(coordinator, id);

        Page page = loggedInPage("coordinator");
        page.navigate("/assessments/measurements/" + id);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meting afsluiten"))
                .click();
        assertThat(page.locator("main h1")).hasText("Meting ‘" + name + "’ afsluiten?");
        assertThat(page.locator("#consequences").textContent())
                .contains("8 van de 8 vragen zijn beantwoord.")
                .contains("Daarna liggen de antwoorden vast");
        assertThat(page.locator("#irreversible")).hasText("Dit kunt u niet ongedaan maken.");
        assertThat(status(id)).as("the first click changes nothing").isEqualTo("OPEN");
        assertAccessible(page);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Terug").setExact(true))
                .click();
        page.waitForURL(url -> url.endsWith("/assessments/measurements/" + id));
        assertThat(status(id)).isEqualTo("OPEN");

        try {
            page.navigate("/assessments/measurements/" + id + "?lang=en");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lock measurement"))
                    .click();
            assertThat(page.locator("main h1")).hasText("Lock measurement ‘" + name + "’?");
            assertThat(page.locator("#consequences").textContent())
                    .contains("8 of the 8 questions have been answered.")
                    .contains("the answers are final");
            assertThat(page.locator("#irreversible")).hasText("This cannot be undone.");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Back").setExact(true))
                    .click();
        } finally {
            page.navigate("/assessments/measurements/" + id + "?lang=nl"); // kept on the account, for mails
        }
        assertThat(status(id)).isEqualTo("OPEN");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meting afsluiten"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, meting afsluiten"))
                .click();
        page.waitForURL(url -> url.endsWith("?locked"));
        assertThat(page.locator("[role=status]")).containsText("De meting is afgesloten");
        assertThat(status(id)).isEqualTo("LOCKED");
    }

    @Test
    void anIncompleteMeasurementSaysWhatIsMissingAndWhoMayNotLockGetsNoQuestion() {
        WebClient coordinator = loginAs("coordinator");
        UUID id =
                start(coordinator, "Nog niet af " + UUID.randomUUID().toString().substring(0, 6));
        coordinator.get("/assessments/measurements/" + id);
        HttpResponse<String> incomplete = coordinator.postForm("/assessments/measurements/" + id + "/lock", Map.of());
        assertThat(incomplete.headers().firstValue("Location").orElseThrow()).contains("?missing=");
        answerAll(coordinator, id);

        WebClient employee = loginAs("medewerker");
        employee.get("/assessments");
        assertThat(employee.postForm("/assessments/measurements/" + id + "/lock", Map.of())
                        .statusCode())
                .isEqualTo(403);
        WebClient kleindorp = loginAs("kd.coordinator");
        kleindorp.get("/assessments");
        assertThat(kleindorp
                        .postForm("/assessments/measurements/" + id + "/lock", Map.of())
                        .statusCode())
                .isEqualTo(404);

        coordinator.get("/assessments/measurements/" + id);
        HttpResponse<String> asked = coordinator.postForm("/assessments/measurements/" + id + "/lock", Map.of());
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body())
                .contains("8 van de 8 vragen zijn beantwoord.")
                .contains("name=\"confirmed\" value=\"true\"")
                .contains("name=\"_csrf\"");
        assertThat(status(id)).isEqualTo("OPEN");
        assertThat(coordinator
                        .postForm("/assessments/measurements/" + id + "/lock", Map.of("confirmed", "true"))
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("?locked");
        assertThat(status(id)).isEqualTo("LOCKED");
    }

    private UUID start(WebClient coordinator, String name) {
        UUID instrument = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM assessment_instrument WHERE key = 'vpt-checklist' "
                                + "ORDER BY version DESC LIMIT 1")
                        .query(UUID.class)
                        .single());
        coordinator.get("/assessments");
        HttpResponse<String> r = coordinator.postForm(
                "/assessments/measurements", Map.of("name", name, "instrument", instrument.toString()));
        assertThat(r.statusCode()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        return UUID.fromString(location.replaceAll(".*/measurements/([0-9a-f-]{36}).*", "$1"));
    }

    private void answerAll(WebClient client, UUID id) {
        client.get("/assessments/measurements/" + id + "/sections/VPT");
        Map<String, String> form = new HashMap<>();
        for (String key : VPT) {
            form.put("value_" + key, "yes");
        }
        assertThat(client.postForm("/assessments/measurements/" + id + "/sections/VPT", form)
                        .statusCode())
                .isEqualTo(302);
    }

    private String status(UUID id) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT status FROM assessment_measurement WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single());
    }
}
