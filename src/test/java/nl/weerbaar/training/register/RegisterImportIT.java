package nl.weerbaar.training.register;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Attendance read from a CSV file, all or nothing with a problem per line; coverage per department with small numbers
 * hidden.
 */
class RegisterImportIT extends BrowserTest {

    private long count(String sql, Object... params) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(sql).params(List.of(params)).query(Long.class).single());
    }

    private UUID session(LocalDate day, int places) {
        return TenantContext.callAs(Demo.VOORBEELDSTAD, () -> {
            UUID kind = jdbc.sql("SELECT id FROM training_kind WHERE code = 'de-escalatie'")
                    .query(UUID.class)
                    .single();
            UUID by = jdbc.sql("SELECT id FROM app_user WHERE username = 'coordinator'")
                    .query(UUID.class)
                    .single();
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO training_session (tenant_id, id, kind_id, held_on, trainer, places, created_by)
                    VALUES (?, ?, ?, ?, 'Tessa Trainer', ?, ?)""").params(Demo.VOORBEELDSTAD, id, kind, day, places, by).update();
            return id;
        });
    }

    @AfterEach
    void forget() {
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("DELETE FROM training_session").update());
    }

    private static void upload(Page page, String csv) {
        page.locator("#file")
                .setInputFiles(new FilePayload("aanwezig.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.locator("#import-heading ~ form button[type=submit]").click();
    }

    @Test
    void aFileWithProblemsIsRefusedWholeAndAGoodOneIsRead() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        clock.setTo(day.atTime(LocalTime.of(10, 0)).atZone(DutchTime.ZONE).toInstant());
        UUID session = session(day.minusDays(1), 3);
        Page page = loggedInPage("coordinator");
        page.navigate("/opleidingen/sessies/" + session);

        upload(page, """
                gebruikersnaam;status
                medewerker;aanwezig
                onbekend;aanwezig
                vergunningverlener;misschien
                medewerker;ingeschreven
                """);
        String problems = page.locator("#import-problems").textContent();
        assertThat(problems)
                .contains(
                        "Regel 3, kolom gebruikersnaam: Er is niemand met de gebruikersnaam 'onbekend' in de gemeente.")
                .contains("Regel 4, kolom status: 'misschien' is geen geldige status")
                .contains("Regel 5, kolom gebruikersnaam: 'medewerker' staat al op regel 2.");
        assertThat(page.locator("#import-problems li").count()).isEqualTo(3);
        assertAccessible(page);
        assertThat(count("SELECT count(*) FROM training_attendance")).isZero();

        upload(page, "naam;status\nmedewerker;aanwezig\n");
        assertThat(page.locator("#import-problems").textContent())
                .contains("De kolom 'gebruikersnaam' ontbreekt in de kopregel.");

        upload(page, "gebruikersnaam,status\nmedewerker,aanwezig\nvergunningverlener,Ingeschreven\n");
        assertThat(page.url()).contains("?imported=2");
        assertThat(page.locator("main [role=status]").first().textContent()).contains("Er zijn 2 regels ingelezen.");
        assertThat(count("SELECT count(*) FROM training_attendance WHERE status = 'ATTENDED'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM training_period WHERE valid_until = DATE '2028-11-30'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM training_period WHERE valid_until IS NULL"))
                .isEqualTo(1);
        assertAccessible(page);

        // more people than places: refused as a whole
        upload(page, "gebruikersnaam;status\nleidinggevende;ingeschreven\ncoordinator;ingeschreven\n");
        assertThat(page.locator("#import-problems").textContent()).contains("Er zijn 3 plaatsen; u schrijft er 4 in.");
        assertThat(count("SELECT count(*) FROM training_attendance")).isEqualTo(2);
    }

    @Test
    void coverageHidesSmallNumbersAndAManagerSeesOnlyTheirDepartment() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        clock.setTo(day.atTime(LocalTime.of(10, 0)).atZone(DutchTime.ZONE).toInstant());
        UUID session = session(day.minusDays(1), 10);
        TenantContext.runAs(
                Demo.VOORBEELDSTAD, () -> jdbc.sql("""
                INSERT INTO training_period (tenant_id, id, user_id, kind_id, session_id, started_on, valid_until)
                SELECT u.tenant_id, gen_random_uuid(), u.id, s.kind_id, s.id, s.held_on, s.held_on + 730
                  FROM app_user u, training_session s WHERE u.username = 'medewerker' AND s.id = ?""").param(session).update());
        Page page = loggedInPage("coordinator");
        page.navigate("/opleidingen/dekking");
        String burgerzaken = page.locator("tr[data-kind=de-escalatie] td")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("minder dan 5"))
                .first()
                .textContent();
        assertThat(burgerzaken).isEqualTo("minder dan 5");
        assertThat(page.locator("tr[data-kind=de-escalatie] td").allTextContents())
                .doesNotContain("1");
        assertAccessible(page);

        Page manager = loggedInPage("leidinggevende");
        manager.navigate("/opleidingen/dekking");
        assertThat(manager.locator("#departments thead th").count()).isEqualTo(2);
        assertThat(manager.locator("#departments thead").textContent()).contains("Burgerzaken");
        assertAccessible(manager);
    }
}
