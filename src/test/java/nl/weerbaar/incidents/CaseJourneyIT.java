package nl.weerbaar.incidents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.junit.jupiter.api.Test;

/** A manager takes a case through every step to closure; the reporter then sees the feedback. */
class CaseJourneyIT extends BrowserTest {

    String report(Page page, String text) {
        page.navigate("/incidents/mini");
        page.getByLabel("Bedreiging met geweld").check();
        page.getByLabel("Waar?").selectOption("COUNTER");
        page.getByLabel("Wat gebeurde er, in het kort?").fill(text);
        page.locator("#mini-form button[type=submit]").click();
        page.waitForURL(url -> url.contains("/incidents/mine/"));
        return page.url().replaceAll(".*/incidents/mine/([0-9a-f-]{36}).*", "$1");
    }

    void complete(Page page, String step) {
        page.locator("#step-" + step + " select[name=status]").selectOption("DONE");
        page.locator("#step-" + step + " button[type=submit]").click();
        assertThat(page.locator("#step-" + step + " .alert--success")).containsText("opgeslagen");
        assertThat(page.locator("#step-" + step + " h3 .badge").first()).hasText("Gedaan");
    }

    @Test
    void managerWorksEveryStepToClosureAndReporterSeesTheFeedback() {
        Page reporter = loggedInPage("medewerker");
        String text = "Klant dreigde mij op te wachten na het werk " + UUID.randomUUID();
        String id = report(reporter, text);

        Page manager = loggedInPage("leidinggevende");
        // found by its number in the list's search box (other tests' cases may be newer)
        manager.navigate("/incidents");
        manager.locator("#q").fill(caseNumber(id));
        manager.locator("form.filters button[type=submit]").first().click();
        assertAccessible(manager);
        manager.locator("a[href='/incidents/" + id + "']").click();
        assertThat(manager.locator("dd.prewrap")).hasText(text);
        assertAccessible(manager);

        manager.locator("form[action$='/close'] button").click();
        assertThat(manager.locator(".alert--error")).containsText("terugkoppeling");

        manager.locator("#step-AFTERCARE input[value=PSYCHOLOGICAL]").check();
        manager.locator("#step-AFTERCARE textarea[name=notes]")
                .fill("Gesprek gevoerd, bedrijfsmaatschappelijk werk aangeboden.");
        complete(manager, "AFTERCARE");

        manager.locator("#step-PERPETRATOR_RESPONSE input[value=LETTER]").check();
        manager.locator("#step-PERPETRATOR_RESPONSE select[name=status]").selectOption("DONE");
        manager.locator("#step-PERPETRATOR_RESPONSE button[type=submit]").click();
        assertThat(manager.locator("#step-PERPETRATOR_RESPONSE .alert--error")).containsText("hoor en wederhoor");
        manager.locator("#step-PERPETRATOR_RESPONSE textarea[name=otherSide]")
                .fill("De klant zegt dat hij al weken op zijn uitkering wacht.");
        complete(manager, "PERPETRATOR_RESPONSE");

        // The police report, the evidence and the damage are the coordinator's steps: the manager may not complete
        // them.
        assertThat(manager.locator("#step-POLICE_REPORT form")).hasCount(0);

        Page coordinator = loggedInPage("coordinator");
        coordinator.navigate("/incidents/" + id);
        coordinator.locator("#step-POLICE_REPORT input[value=AANGIFTE]").check();
        coordinator.locator("#step-POLICE_REPORT input[value=PUBLIC_TASK]").check();
        complete(coordinator, "POLICE_REPORT");
        coordinator.locator("#step-EVIDENCE input[value=CAMERA_SECURED]").check();
        complete(coordinator, "EVIDENCE");
        coordinator.locator("#step-DAMAGE_RECOVERY input[value=NO_DAMAGE]").check();
        coordinator.locator("#step-DAMAGE_RECOVERY input[name=amount]").fill("0");
        complete(coordinator, "DAMAGE_RECOVERY");
        manager.navigate("/incidents/" + id);

        manager.locator("#step-FEEDBACK select[name=status]").selectOption("DONE");
        manager.locator("#step-FEEDBACK button[type=submit]").click();
        assertThat(manager.locator("#step-FEEDBACK .alert--error")).containsText("terugkoppeling");
        String feedback = "De klant heeft een brief gekregen en er is aangifte gedaan. " + UUID.randomUUID();
        manager.locator("#step-FEEDBACK textarea[name=notes]").fill(feedback);
        complete(manager, "FEEDBACK");
        manager.locator("#step-LESSONS textarea[name=notes]").fill("Tweede uitgang bij de balie gebruiken.");
        complete(manager, "LESSONS");

        manager.locator("form[action$='/close'] button").click();
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, zaak sluiten"))
                .click();
        assertThat(manager.locator(".alert--success")).containsText("afgesloten");
        assertAccessible(manager);
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT status FROM incident WHERE id = ?::uuid")
                                .param(id)
                                .query(String.class)
                                .single()))
                .isEqualTo("CLOSED");
        long events = jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?"
                        + " AND (event_type LIKE '%FollowUpStepCompleted' OR event_type LIKE '%IncidentClosed')")
                .param("%" + id + "%")
                .query(Long.class)
                .single();
        long reads = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE action = 'READ' AND object_type = 'incident' AND object_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single());
        assertThat(reads).isPositive();

        reporter.navigate("/incidents/mine");
        assertThat(reporter.locator("tr", new Page.LocatorOptions().setHasText(caseNumber(id))))
                .containsText("Afgesloten");
        assertThat(reporter.locator("tr", new Page.LocatorOptions().setHasText(caseNumber(id))))
                .containsText("Ontvangen");
        reporter.navigate("/incidents/mine/" + id);
        assertThat(reporter.locator("#feedback-text")).containsText(feedback);
        assertThat(reporter.locator("main")).not().containsText("Tweede uitgang");
        assertAccessible(reporter);
        reporter.locator("#text").fill("Hij stond vanochtend weer bij de ingang.");
        reporter.locator("form[action$='/additions'] button").click();
        assertThat(reporter.locator(".alert--success")).containsText("toegevoegd");
    }

    @Test
    void otherDepartmentsManagerAndOtherMunicipalityGet404AndSecretarySeesOnlyTheOverview() {
        Page reporter = loggedInPage("medewerker");
        String text = "Alleen voor Burgerzaken " + UUID.randomUUID();
        String id = report(reporter, text);

        Page other = loggedInPage("leidinggevende.vg");
        assertThat(other.navigate("/incidents/" + id).status()).isEqualTo(404);
        Page kleindorp = loggedInPage("kd.coordinator");
        assertThat(kleindorp.navigate("/incidents/" + id).status()).isEqualTo(404);
        Page colleague = loggedInPage("vergunningverlener");
        assertThat(colleague.navigate("/incidents/mine/" + id).status()).isEqualTo(404);

        Page secretary = loggedInPage("secretaris");
        secretary.navigate("/incidents/" + id);
        assertThat(secretary.locator("h1")).containsText("Zaak VBS-");
        assertThat(secretary.locator("main")).not().containsText(text);
        assertThat(secretary.locator("main")).not().containsText("Mira Medewerker");
        assertAccessible(secretary);
    }

    @Test
    void confidentialReportIsSeenOnlyByTheChosenConfidant() {
        Page reporter = loggedInPage("medewerker");
        reporter.navigate("/incidents/new");
        String text = "Vertrouwelijk: collega intimideert mij " + UUID.randomUUID();
        reporter.getByLabel("Intimidatie").check();
        reporter.getByLabel("Waar?").selectOption("COUNTER");
        reporter.locator("#description").fill(text);
        reporter.locator("input[name=confidentiality][value=CIVIL_SERVANTS]").check();
        reporter.locator("form.form button[type=submit]").click();
        reporter.waitForURL(url -> url.contains("/incidents/mine/"));
        String id = reporter.url().replaceAll(".*/incidents/mine/([0-9a-f-]{36}).*", "$1");

        for (String user : new String[] {"leidinggevende", "coordinator", "secretaris", "vertrouwenspersoon.bestuur"}) {
            Page p = loggedInPage(user);
            assertThat(p.navigate("/incidents/" + id).status()).as(user).isEqualTo(404);
        }
        Page confidant = loggedInPage("vertrouwenspersoon");
        confidant.navigate("/incidents/" + id);
        assertThat(confidant.locator("dd.prewrap")).hasText(text);
    }

    @Test
    void aManagerTheReporterExcludedDoesNotHandleTheCase() {
        Page reporter = loggedInPage("medewerker");
        reporter.navigate("/incidents/new");
        String text = "Mijn leidinggevende was erbij betrokken " + UUID.randomUUID();
        reporter.getByLabel("Verbale agressie (schelden, schreeuwen)").check();
        reporter.getByLabel("Waar?").selectOption("PHONE");
        reporter.locator("#description").fill(text);
        reporter.getByLabel("Lars Leidinggevende").check();
        reporter.locator("form.form button[type=submit]").click();
        reporter.waitForURL(url -> url.contains("/incidents/mine/"));
        String id = reporter.url().replaceAll(".*/incidents/mine/([0-9a-f-]{36}).*", "$1");

        assertThat(loggedInPage("leidinggevende").navigate("/incidents/" + id).status())
                .isEqualTo(404);
        String owners = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("""
        SELECT string_agg(DISTINCT u.username, ',') FROM incident_step s JOIN app_user u ON u.id = s.owner_id
         WHERE s.incident_id = ?::uuid""").param(id).query(String.class).single());
        assertThat(owners.split(",")).contains("coordinator").doesNotContain("leidinggevende");
    }

    private String caseNumber(String id) {
        return nl.weerbaar.platform.TenantContext.callAs(
                nl.weerbaar.support.Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT case_number FROM incident WHERE id = ?")
                        .param(java.util.UUID.fromString(id))
                        .query(String.class)
                        .single());
    }
}
