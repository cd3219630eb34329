package nl.weerbaar.training.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The coordinator plans a session and records attendance on a phone; a manager sees only their department; the
 * certification periods a person gets keep their history across renewals (fixed clock).
 */
class RegisterJourneyIT extends BrowserTest {

    private void at(LocalDate day) {
        clock.setTo(day.atTime(LocalTime.of(10, 0)).atZone(DutchTime.ZONE).toInstant());
    }

    private UUID user(String username) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                        .param(username)
                        .query(UUID.class)
                        .single());
    }

    private UUID kind(String code) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM training_kind WHERE code = ?")
                        .param(code)
                        .query(UUID.class)
                        .single());
    }

    private long count(String sql, Object... params) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(sql).params(List.of(params)).query(Long.class).single());
    }

    @AfterEach
    void forget() {
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("DELETE FROM training_session").update());
    }

    @Test
    void theFiveKindsAreThereForBothDemoMunicipalities() {
        assertThat(count("SELECT count(*) FROM training_kind")).isEqualTo(5);
        assertThat(TenantContext.callAs(
                        Demo.KLEINDORP,
                        () -> jdbc.sql("SELECT count(*) FROM training_kind")
                                .query(Long.class)
                                .single()))
                .isEqualTo(5);
    }

    @Test
    void theCoordinatorPlansASessionAndRecordsAttendanceOnAPhone() {
        at(LocalDate.of(2026, 12, 1));
        UUID medewerker = user("medewerker");
        UUID vergunningverlener = user("vergunningverlener");
        UUID leidinggevende = user("leidinggevende");
        Page page = newPage(390, 844);
        login(page, "coordinator");
        page.navigate("/opleidingen");
        assertAccessible(page);

        // an empty form: every field says what is missing, nothing is planned
        page.locator("section.card form button[type=submit]").click();
        assertThat(page.locator("#error-summary").textContent()).contains("Kies een soort training.");
        assertThat(page.locator("#places").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible(page);
        assertThat(count("SELECT count(*) FROM training_session")).isZero();

        page.locator("#kind")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("De-escalatie"));
        page.locator("#heldOn").fill("2026-11-30");
        page.locator("#trainer").fill("Tessa Trainer");
        page.locator("#places").fill("2");
        page.locator("section.card form button[type=submit]").click();
        assertThat(page.url()).contains("?planned");
        assertThat(page.locator("[data-taken]").textContent()).isEqualTo("0 van 2");
        assertAccessible(page);

        // three people for two places: refused as a whole
        page.locator("#p-" + medewerker).selectOption("ATTENDED");
        page.locator("#p-" + vergunningverlener).selectOption("ENROLLED");
        page.locator("#p-" + leidinggevende).selectOption("ATTENDED");
        page.locator("#attendance button[type=submit]").click();
        assertThat(page.locator("#error-summary").textContent()).contains("Er zijn 2 plaatsen; u schrijft er 3 in.");
        assertAccessible(page);
        assertThat(count("SELECT count(*) FROM training_attendance")).isZero();
        assertThat(count("SELECT count(*) FROM training_period")).isZero();

        page.locator("#p-" + leidinggevende).selectOption("");
        page.locator("#attendance button[type=submit]").click();
        assertThat(page.url()).contains("?saved");
        assertThat(page.locator("[data-taken]").textContent()).isEqualTo("2 van 2");
        assertThat(page.locator("#p-" + medewerker).inputValue()).isEqualTo("ATTENDED");
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/register-session-390.png"))
                .setFullPage(true));

        page.navigate("/opleidingen/certificering");
        assertThat(page.locator("tr[data-person=medewerker] td[data-kind=de-escalatie]")
                        .textContent())
                .isEqualTo("Geldig");
        assertThat(page.locator("tr[data-person=vergunningverlener] td[data-kind=de-escalatie]")
                        .textContent())
                .isEqualTo("Ingeschreven");
        assertAccessible(page);
        String session = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id::text FROM training_session")
                        .query(String.class)
                        .single());

        // the manager of Burgerzaken sees their own people only, and cannot change anything
        Page manager = loggedInPage("leidinggevende");
        manager.navigate("/opleidingen/sessies/" + session);
        assertThat(manager.locator("tr[data-person=medewerker]").count()).isEqualTo(1);
        assertThat(manager.locator("tr[data-person=vergunningverlener]").count())
                .isZero();
        assertThat(manager.locator("main select").count()).isZero();
        assertAccessible(manager);
        WebClient managerClient = loginAs("leidinggevende");
        managerClient.get("/opleidingen/sessies/" + session);
        HttpResponse<String> refused =
                managerClient.postForm("/opleidingen/sessies/" + session, Map.of("p-" + medewerker, ""));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(managerClient
                        .get("/opleidingen/personen/" + vergunningverlener)
                        .statusCode())
                .isEqualTo(404);
        assertThat(count("SELECT count(*) FROM training_attendance")).isEqualTo(2);

        // an employee has no register, but sees their own history; another municipality's coordinator sees nothing
        WebClient employee = loginAs("medewerker");
        assertThat(employee.get("/opleidingen").statusCode()).isEqualTo(403);
        assertThat(employee.get("/opleidingen/personen/" + medewerker).statusCode())
                .isEqualTo(200);
        assertThat(employee.get("/opleidingen/personen/" + vergunningverlener).statusCode())
                .isEqualTo(404);
        assertThat(loginAs("kd.coordinator")
                        .get("/opleidingen/sessies/" + session)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void certificationPeriodsKeepTheirHistoryAcrossTwoRenewals() {
        UUID medewerker = user("medewerker");
        UUID phishing = kind("phishing"); // valid for 12 months
        WebClient coordinator = loginAs("coordinator");

        at(LocalDate.of(2025, 1, 10));
        attend(coordinator, phishing, "2025-01-10", medewerker);
        assertThat(state(coordinator)).isEqualTo("Geldig");
        at(LocalDate.of(2025, 11, 11)); // 60 days before 10-01-2026
        assertThat(state(coordinator)).isEqualTo("Binnenkort vernieuwen");
        at(LocalDate.of(2026, 2, 1));
        assertThat(state(coordinator)).isEqualTo("Te laat");
        at(LocalDate.of(2026, 5, 1));
        assertThat(state(coordinator)).isEqualTo("Verlopen");

        // first renewal: a new period, the old one kept as it was
        attend(coordinator, phishing, "2026-05-01", medewerker);
        assertThat(state(coordinator)).isEqualTo("Geldig");
        assertThat(history(coordinator, medewerker))
                .containsExactly("10-01-2025 10-01-2026 Vernieuwd", "01-05-2026 01-05-2027 Geldig");

        // second renewal, before the end of the second period
        at(LocalDate.of(2027, 4, 1));
        assertThat(state(coordinator)).isEqualTo("Binnenkort vernieuwen");
        attend(coordinator, phishing, "2027-03-31", medewerker);
        assertThat(history(coordinator, medewerker))
                .containsExactly(
                        "10-01-2025 10-01-2026 Vernieuwd",
                        "01-05-2026 01-05-2027 Vernieuwd",
                        "31-03-2027 31-03-2028 Geldig");
        assertThat(count(
                        "SELECT count(*) FROM training_period WHERE user_id = ? AND kind_id = ?", medewerker, phishing))
                .isEqualTo(3);
        assertThat(count(
                        "SELECT count(*) FROM training_period WHERE user_id = ? AND valid_until = DATE '2026-01-10'",
                        medewerker))
                .isEqualTo(1);
        // the employee reads the same history on their own page
        assertThat(history(loginAs("medewerker"), medewerker)).hasSize(3);
    }

    private void attend(WebClient coordinator, UUID kind, String day, UUID person) {
        coordinator.get("/opleidingen");
        HttpResponse<String> planned = coordinator.postForm(
                "/opleidingen/sessies",
                Map.of("kind", kind.toString(), "heldOn", day, "trainer", "Tessa Trainer", "places", "10"));
        assertThat(planned.statusCode()).isEqualTo(302);
        String location = planned.headers().firstValue("Location").orElseThrow();
        String path =
                location.substring(location.indexOf("/opleidingen/sessies/")).replace("?planned", "");
        coordinator.get(path);
        assertThat(coordinator.postForm(path, Map.of("p-" + person, "ATTENDED")).statusCode())
                .isEqualTo(302);
    }

    private static String state(WebClient client) {
        Document page = Jsoup.parse(client.get("/opleidingen/certificering").body());
        return page.select("tr[data-person=medewerker] td[data-kind=phishing]").text();
    }

    private static List<String> history(WebClient client, UUID person) {
        HttpResponse<String> response = client.get("/opleidingen/personen/" + person);
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        return page.select("section[data-kind=phishing] tr.period").stream()
                .map(tr -> tr.text())
                .toList();
    }
}
