package nl.weerbaar.incidents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The case page as casework (issue 17): opened by its number, a summary that shows what is overdue, a step saved in
 * place with its confirmation in view (with htmx and without JavaScript), the history, and steps that only their
 * owner works.
 */
class CaseworkJourneyIT extends BrowserTest {

    String report(Page page, String text) {
        page.navigate("/incidents/mini");
        page.getByLabel("Bedreiging met geweld").check();
        page.getByLabel("Waar?").selectOption("COUNTER");
        page.getByLabel("Wat gebeurde er, in het kort?").fill(text);
        page.locator("#mini-form button[type=submit]").click();
        page.waitForURL(url -> url.contains("/incidents/mine/"));
        return page.url().replaceAll(".*/incidents/mine/([0-9a-f-]{36}).*", "$1");
    }

    String number(String id) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT case_number FROM incident WHERE id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single());
    }

    void makeOverdue(String id, String step) {
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("UPDATE incident_step SET due_at = now() - interval '2 days' WHERE incident_id = ?::uuid"
                                + " AND step = ?")
                        .params(id, step)
                        .update());
    }

    String stepStatus(String id, String step) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT status FROM incident_step WHERE incident_id = ?::uuid AND step = ?")
                        .params(id, step)
                        .query(String.class)
                        .single());
    }

    @Test
    void aManagerOpensTheCaseByNumberSeesWhatIsOverdueAndCompletesAftercareInPlace() {
        String id = report(loggedInPage("medewerker"), "Klant schreeuwde aan de balie " + UUID.randomUUID());
        String number = number(id);
        makeOverdue(id, "AFTERCARE");

        Page manager = loggedInPage("leidinggevende");
        manager.navigate("/incidents/number/" + number);
        manager.waitForURL(url -> url.endsWith("/incidents/" + id));
        assertThat(manager.locator("h1")).containsText("Zaak " + number);
        assertThat(manager.locator(".case-summary")).containsText(number);
        assertThat(manager.locator(".case-summary .overdue-list")).containsText("nazorg");
        assertAccessible(manager);

        manager.locator("#step-AFTERCARE input[value=PSYCHOLOGICAL]").check();
        manager.locator("#step-AFTERCARE textarea[name=notes]").fill("Gesprek gevoerd.");
        manager.locator("#step-AFTERCARE select[name=status]").selectOption("DONE");
        manager.locator("#step-AFTERCARE button[type=submit]").click();
        assertThat(manager.locator("#step-AFTERCARE .alert--success")).containsText("opgeslagen");
        assertThat(manager.locator("#step-AFTERCARE .alert--success")).isInViewport();
        assertThat(manager).hasURL(java.util.regex.Pattern.compile(".*/incidents/" + id + "$"));
        org.assertj.core.api.Assertions.assertThat(stepStatus(id, "AFTERCARE")).isEqualTo("DONE");

        manager.navigate("/incidents/" + id);
        assertThat(manager.locator("#history")).containsText("nazorg afgerond door");
        assertThat(manager.locator(".case-summary")).containsText("Geen stap is te laat.");
        // The police report is the coordinator's step: the manager reads it, there is no form.
        assertThat(manager.locator("#step-POLICE_REPORT form")).hasCount(0);
        // Choices that exclude each other are radio buttons; what may go together are check boxes.
        Page coordinator = loggedInPage("coordinator");
        coordinator.navigate("/incidents/" + id);
        assertThat(coordinator.locator("#step-DAMAGE_RECOVERY input[type=radio][value=NO_DAMAGE]"))
                .hasCount(1);
        assertThat(coordinator.locator("#step-DAMAGE_RECOVERY input[type=radio][value=RECOVERED]"))
                .hasCount(1);
        assertThat(coordinator.locator("#step-EVIDENCE input[type=checkbox][value=PHOTOS]"))
                .hasCount(1);
    }

    @Test
    void withoutJavaScriptSavingAStepLeadsBackToTheStepWithItsConfirmation() {
        String id = report(loggedInPage("medewerker"), "Zonder JavaScript " + UUID.randomUUID());
        BrowserContext context = browser()
                .newContext(new Browser.NewContextOptions()
                        .setJavaScriptEnabled(false)
                        .setBaseURL(baseUrl())
                        .setLocale("nl-NL"));
        try {
            Page manager = context.newPage();
            login(manager, "leidinggevende");
            manager.navigate("/incidents/" + id);
            manager.locator("#step-LESSONS textarea[name=notes]").fill("Tweede uitgang.");
            manager.locator("#step-LESSONS select[name=status]").selectOption("IN_PROGRESS");
            manager.locator("#step-LESSONS button[type=submit]").click();
            manager.waitForURL(url -> url.contains("saved=LESSONS#step-LESSONS"));
            assertThat(manager.locator("#step-LESSONS .alert--success")).containsText("opgeslagen");
            assertThat(manager.locator("#step-AFTERCARE .alert--success")).hasCount(0);
            org.assertj.core.api.Assertions.assertThat(stepStatus(id, "LESSONS"))
                    .isEqualTo("IN_PROGRESS");
        } finally {
            context.close();
        }
    }

    @Test
    void aSecondManagerCannotCompleteSomeoneElsesStep() {
        String id = report(loggedInPage("medewerker"), "Tweede leidinggevende " + UUID.randomUUID());
        String second = secondManagerOfBurgerzaken();
        try {
            secondManagerCannotComplete(id, second);
        } finally {
            // later cases of Burgerzaken (in this class and others) go to the demo manager again
            TenantContext.runAs(
                    Demo.VOORBEELDSTAD,
                    () -> jdbc.sql("DELETE FROM user_role WHERE role = 'MANAGER'"
                                    + " AND user_id = (SELECT id FROM app_user WHERE username = ?)")
                            .param(second)
                            .update());
        }
    }

    private void secondManagerCannotComplete(String id, String second) {
        Page page = loggedInPage(second);
        page.navigate("/incidents/" + id);
        assertThat(page.locator("h1")).containsText("Zaak ");
        assertThat(page.locator("#step-AFTERCARE form")).hasCount(0);

        WebClient client = WebClient.loggedIn(baseUrl(), second, Demo.PASSWORD);
        client.get("/incidents/" + id);
        HttpResponse<String> refused = client.postForm(
                "/incidents/" + id + "/steps/AFTERCARE", Map.of("status", "DONE", "notes", "Niet van mij"));
        org.assertj.core.api.Assertions.assertThat(refused.body()).contains("Alleen de eigenaar van deze stap");
        org.assertj.core.api.Assertions.assertThat(stepStatus(id, "AFTERCARE")).isEqualTo("OPEN");
    }

    @Test
    void whereTheMunicipalityChoseSoTheLegalAdviserOwnsAndRecordsThePoliceReport() throws Exception {
        setPoliceReportOwner("LEGAL");
        String id;
        try {
            id = report(loggedInPage("medewerker"), "Bedreigd met een mes " + UUID.randomUUID());
        } finally {
            setPoliceReportOwner("COORDINATOR");
        }
        String number = number(id);

        Page legal = loggedInPage("jurist");
        legal.navigate("/incidents/number/" + number);
        legal.waitForURL(url -> url.endsWith("/incidents/" + id));
        assertThat(legal.locator("#step-POLICE_REPORT")).containsText("Jamal Jurist");
        assertThat(legal.locator("#step-AFTERCARE form")).hasCount(0);
        legal.locator("#step-POLICE_REPORT input[type=radio][value=AANGIFTE]").check();
        legal.locator("#step-POLICE_REPORT input[name=reportedOn]").fill("2026-12-08");
        legal.locator("#step-POLICE_REPORT input[name=policeUnit]").fill("Bureau Centrum");
        legal.locator("#step-POLICE_REPORT input[name=pvNumber]").fill("PL0900-2026123456");
        legal.locator("#step-POLICE_REPORT input[name=guidedBy]").fill("Jamal Jurist");
        legal.locator("#step-POLICE_REPORT select[name=status]").selectOption("DONE");
        legal.locator("#step-POLICE_REPORT button[type=submit]").click();
        assertThat(legal.locator("#step-POLICE_REPORT .alert--success")).containsText("opgeslagen");
        assertThat(legal.locator("#step-POLICE_REPORT input[name=pvNumber]")).hasValue("PL0900-2026123456");
        assertAccessible(legal);
        org.assertj.core.api.Assertions.assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT pv_number FROM incident_police_report WHERE incident_id = ?::uuid")
                                .param(id)
                                .query(String.class)
                                .single()))
                .isEqualTo("PL0900-2026123456");

        // The police-report dossier names the case and its PV number.
        WebClient client = WebClient.loggedIn(baseUrl(), "jurist", Demo.PASSWORD);
        HttpResponse<byte[]> pdf = client.http()
                .send(
                        java.net.http.HttpRequest.newBuilder(client.uri("/incidents/" + id + "/dossier.pdf"))
                                .header("Cookie", client.cookieHeader())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        org.assertj.core.api.Assertions.assertThat(pdf.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(nl.weerbaar.support.PdfChecks.text(pdf.body()))
                .contains(number)
                .contains("PL0900-2026123456");

        // The manager reads the police report, with its number, and does not work it.
        Page manager = loggedInPage("leidinggevende");
        manager.navigate("/incidents/" + id);
        assertThat(manager.locator("#step-POLICE_REPORT")).containsText("PL0900-2026123456");
        assertThat(manager.locator("#step-POLICE_REPORT form")).hasCount(0);
    }

    void setPoliceReportOwner(String owner) {
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "INSERT INTO incident_settings (tenant_id, police_report_owner) VALUES (?, ?)"
                                        + " ON CONFLICT (tenant_id) DO UPDATE SET police_report_owner = excluded.police_report_owner")
                        .params(Demo.VOORBEELDSTAD, owner)
                        .update());
    }

    /** A manager of Burgerzaken next to the demo manager (no e-mail address: no mails change for other tests). */
    String secondManagerOfBurgerzaken() {
        String username = "leidinggevende2." + UUID.randomUUID().toString().substring(0, 8);
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            Map<String, Object> demo = jdbc.sql(
                            "SELECT password_hash, department_id FROM app_user WHERE username = 'leidinggevende'")
                    .query()
                    .singleRow();
            UUID userId = UUID.randomUUID();
            jdbc.sql("INSERT INTO app_user (id, tenant_id, username, display_name, password_hash, department_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(
                            userId,
                            Demo.VOORBEELDSTAD,
                            username,
                            "Tweede Leidinggevende",
                            demo.get("password_hash"),
                            demo.get("department_id"))
                    .update();
            for (String role : new String[] {"EMPLOYEE", "MANAGER"}) {
                jdbc.sql("INSERT INTO user_role (user_id, tenant_id, role) VALUES (?, ?, ?)")
                        .params(userId, Demo.VOORBEELDSTAD, role)
                        .update();
            }
        });
        return username;
    }
}
