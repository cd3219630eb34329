package nl.weerbaar.training.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.Message;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incidents.core.IncidentService;
import nl.weerbaar.incidents.core.ReportCommand;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After an incident in their department, a manager sees the offer of de-escalation training and whether the person
 * involved was trained, plans a session from it, enrols their department (everyone gets a mail) and records
 * attendance; the person then holds a valid certification. A group that does not fit is refused whole; coverage per
 * vulnerable position and the incident rate hide small numbers (fixed clock).
 */
class OfferJourneyIT extends BrowserTest {

    @Autowired
    IncidentService incidents;

    private void at(LocalDate day) {
        clock.setTo(day.atTime(LocalTime.of(10, 0)).atZone(DutchTime.ZONE).toInstant());
    }

    private <T> T inVoorbeeldstad(java.util.function.Supplier<T> call) {
        return TenantContext.callAs(Demo.VOORBEELDSTAD, call);
    }

    private UUID id(String sql, Object... params) {
        return inVoorbeeldstad(
                () -> jdbc.sql(sql).params(List.of(params)).query(UUID.class).single());
    }

    private long count(String sql, Object... params) {
        return inVoorbeeldstad(
                () -> jdbc.sql(sql).params(List.of(params)).query(Long.class).single());
    }

    @AfterEach
    void forget() {
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            jdbc.sql("DELETE FROM training_offer").update();
            jdbc.sql("DELETE FROM training_session").update();
        });
    }

    /** An incident reported by {@code username} in a department, after which the department has one offer. */
    private UUID incidentIn(String departmentCode, String username) throws InterruptedException {
        // offers the demo incidents opened at start are not part of this journey
        TenantContext.runAs(
                Demo.VOORBEELDSTAD, () -> jdbc.sql("DELETE FROM training_offer").update());
        UUID department = id("SELECT id FROM department WHERE code = ?", departmentCode);
        UserIdentity reporter = inVoorbeeldstad(() -> jdbc.sql(
                        "SELECT id, display_name, department_id FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new UserIdentity(
                        rs.getObject(1, UUID.class),
                        Demo.VOORBEELDSTAD,
                        username,
                        rs.getString(2),
                        Set.of(Role.EMPLOYEE),
                        rs.getObject(3, UUID.class)))
                .single());
        ReportCommand report = new ReportCommand(
                "FORM",
                List.of("VERBAL_AGGRESSION"),
                null,
                clock.instant().minus(Duration.ofMinutes(30)),
                "COUNTER",
                null,
                department,
                null,
                null,
                false,
                null,
                null,
                null,
                "Uitgescholden aan de balie",
                null,
                List.of("NONE"),
                null,
                null,
                "NONE",
                List.of(),
                null,
                "offer-" + UUID.randomUUID(),
                null);
        UUID incident =
                inVoorbeeldstad(() -> incidents.submit(report, reporter)).id();
        long until = System.currentTimeMillis() + 10_000;
        while (count("SELECT count(*) FROM training_offer_incident WHERE incident_id = ?", incident) == 0
                && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertThat(count("SELECT count(*) FROM training_offer WHERE department_id = ?", department))
                .isEqualTo(1);
        return incident;
    }

    @Test
    void aManagerPlansADeEscalationTrainingAfterAnIncidentAndRecordsAttendance() throws Exception {
        at(LocalDate.of(2026, 12, 1));
        UUID incident = incidentIn("BZ", "medewerker");
        String involved = "[data-incident='" + incident + "'] tr[data-person=medewerker] ";
        UUID medewerker = id("SELECT id FROM app_user WHERE username = 'medewerker'");
        UUID leidinggevende = id("SELECT id FROM app_user WHERE username = 'leidinggevende'");
        UUID deescalation = id("SELECT id FROM training_kind WHERE deescalation");

        // the start page tells the manager; the offer shows the person involved was not trained
        WebClient managerClient = loginAs("leidinggevende");
        assertThat(managerClient.get("/").body()).contains("1 aanbod van een de-escalatietraining");
        Page page = newPage(390, 844);
        login(page, "leidinggevende");
        page.navigate("/opleidingen/aanbod");
        assertThat(page.locator(involved + "td[data-then]").textContent()).isEqualTo("Niet geldig");
        assertThat(page.locator(involved + "td[data-now]").textContent()).isEqualTo("Nooit gevolgd");
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/training-offer-390.png"))
                .setFullPage(true));

        // the button opens the plan form with the de-escalation kind chosen
        page.locator("a[data-plan]").click();
        assertThat(page.locator("#kind").inputValue()).isEqualTo(deescalation.toString());
        page.locator("#heldOn").fill("2026-12-01");
        page.locator("#trainer").fill("Tessa Trainer");
        page.locator("#places").fill("12");
        page.locator("section.card form button[type=submit]").click();
        assertThat(page.url()).contains("?planned");
        assertAccessible(page);

        // enrol the whole department: everyone gets a mail
        page.locator("#group").selectOption(new SelectOption().setLabel("Burgerzaken"));
        page.locator("#enrol button[type=submit]").click();
        assertThat(page.url()).contains("?enrolled=");
        assertThat(page.locator("#enrolled li[data-person=medewerker]").count()).isEqualTo(1);
        assertThat(page.locator("#enrolled li[data-person=leidinggevende]").count())
                .isEqualTo(1);
        assertThat(page.locator("tr[data-person=vergunningverlener]").count()).isZero();
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/training-enrol-390.png"))
                .setFullPage(true));
        assertThat(mailsTo("medewerker", "Je bent ingeschreven voor de training De-escalatie"))
                .isEqualTo(1);

        // the one involved attended; the other enrolled person sees the session on their start and training page
        page.locator("#p-" + medewerker).selectOption("ATTENDED");
        page.locator("#attendance button[type=submit]").click();
        assertThat(page.url()).contains("?saved");
        assertThat(managerClient.get("/").body()).contains("1 training waarvoor je bent ingeschreven");
        Document own = Jsoup.parse(
                managerClient.get("/opleidingen/personen/" + leidinggevende).body());
        assertThat(own.select("#upcoming li").text()).contains("De-escalatie op 01-12-2026, trainer Tessa Trainer");

        page.navigate("/opleidingen/aanbod");
        assertThat(page.locator(involved + "td[data-now]").textContent()).isEqualTo("Geldig");
        assertThat(page.locator(involved + "td[data-then]").textContent()).isEqualTo("Niet geldig");
        assertThat(page.locator("[data-planned]").count()).isEqualTo(1);
        assertThat(page.locator("a[data-plan]").count()).isZero();
        assertThat(managerClient.get("/").body()).doesNotContain("aanbod van een de-escalatietraining");
        assertAccessible(page);

        // another department's manager sees no offer of Burgerzaken, nor its people
        Document other = Jsoup.parse(
                loginAs("leidinggevende.vg").get("/opleidingen/aanbod").body());
        assertThat(other.select("[data-offer]")).isEmpty();

        // coverage per vulnerable position and the incident rate: one person, one incident, both hidden
        Page coordinator = newPage(1280, 900);
        login(coordinator, "coordinator");
        coordinator.navigate("/opleidingen/dekking");
        assertThat(coordinator
                        .locator(
                                "#positions tr[data-kind=de-escalatie] td[data-position='Baliemedewerker burgerzaken']")
                        .textContent())
                .isEqualTo("minder dan 5");
        assertThat(coordinator.locator("tr[data-rate] td[data-department=BZ]").textContent())
                .isEqualTo("minder dan 5");
        assertAccessible(coordinator);
        coordinator.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/training-coverage-1280.png"))
                .setFullPage(true));
    }

    @Test
    void aGroupThatDoesNotFitIsRefusedWholeAndAManagerEditsOnlyTheirOwnSessions() {
        at(LocalDate.of(2026, 12, 1));
        UUID kind = id("SELECT id FROM training_kind WHERE code = 'integriteit'");
        UUID department = id("SELECT id FROM department WHERE code = 'BZ'");
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/opleidingen");
        HttpResponse<String> planned = coordinator.postForm(
                "/opleidingen/sessies",
                Map.of("kind", kind.toString(), "heldOn", "2026-12-20", "trainer", "Tessa", "places", "1"));
        String location = planned.headers().firstValue("Location").orElseThrow();
        String path =
                location.substring(location.indexOf("/opleidingen/sessies/")).replace("?planned", "");
        coordinator.get(path);
        HttpResponse<String> full =
                coordinator.postForm(path + "/inschrijven", Map.of("group", "department:" + department));
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(full.body()).select("#group-error").text())
                .startsWith("De sessie is vol voor deze groep: er zijn nog 1 plaatsen vrij");
        assertThat(count("SELECT count(*) FROM training_attendance")).isZero();
        assertThat(count("SELECT count(*) FROM training_period")).isZero();

        // nonsense and another municipality's department are refused with a message, nothing saved
        for (String bad : List.of("", "department:" + UUID.randomUUID(), "role:ADMIN", "<script>x</script>")) {
            HttpResponse<String> refused = coordinator.postForm(path + "/inschrijven", Map.of("group", bad));
            assertThat(Jsoup.parse(refused.body()).select("#group-error").text())
                    .isEqualTo("Kies een afdeling, functie of rol uit de lijst.");
        }
        UUID kleindorp = TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql("SELECT id FROM department LIMIT 1")
                        .query(UUID.class)
                        .single());
        assertThat(Jsoup.parse(coordinator
                                .postForm(path + "/inschrijven", Map.of("group", "department:" + kleindorp))
                                .body())
                        .select("#group-error")
                        .text())
                .isEqualTo("Kies een afdeling, functie of rol uit de lijst.");
        assertThat(count("SELECT count(*) FROM training_attendance")).isZero();

        // a manager may not enrol on a session someone else planned
        WebClient manager = loginAs("leidinggevende");
        manager.get(path);
        assertThat(manager.postForm(path + "/inschrijven", Map.of("group", "department:" + department))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theCoordinatorEditsKindsOnAPhone() {
        UUID deescalatie = id("SELECT id FROM training_kind WHERE code = 'de-escalatie'");
        Page page = newPage(390, 844);
        login(page, "coordinator");
        page.navigate("/opleidingen/soorten");
        assertAccessible(page);
        page.locator("section.card form button[type=submit]").click();
        assertThat(page.locator("#error-summary li").count()).isEqualTo(3);
        assertThat(page.locator("#months").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/training-kinds-390.png"))
                .setFullPage(true));

        page.navigate("/opleidingen/soorten/" + deescalatie);
        assertThat(page.locator("#deescalation").isChecked()).isTrue();
        assertThat(page.locator("#nameEn").inputValue()).isEqualTo("De-escalation");
        page.locator("#months").fill("30");
        page.locator("form.form button[type=submit]").click();
        assertThat(page.url()).contains("?saved");
        assertThat(page.locator("tr[data-kind=de-escalatie]").textContent()).contains("30 maanden");
        assertAccessible(page);
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("UPDATE training_kind SET valid_months = 24 WHERE code = 'de-escalatie'")
                        .update());
    }

    private long mailsTo(String username, String subject) throws InterruptedException {
        String to = inVoorbeeldstad(() -> jdbc.sql("SELECT email FROM app_user WHERE username = ?")
                .param(username)
                .query(String.class)
                .single());
        long until = System.currentTimeMillis() + 10_000;
        long found = 0;
        while (System.currentTimeMillis() < until) {
            found = Arrays.stream(MAIL.getReceivedMessages())
                    .filter(m -> {
                        try {
                            return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                            .anyMatch(a -> a.toString().equals(to))
                                    && m.getSubject().contains(subject);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .count();
            if (found > 0) {
                return found;
            }
            Thread.sleep(100);
        }
        return found;
    }
}
