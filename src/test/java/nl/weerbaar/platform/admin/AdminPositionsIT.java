package nl.weerbaar.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/** Positions through the pages: validation, salary scale, deleting only unused ones, isolation and audit. */
class AdminPositionsIT extends IntegrationTest {

    @Test
    void positionsAreCreatedChangedAndDeletedWithMessagesPerField() {
        WebClient web = loginAs("beheerder");
        web.get("/admin/positions/new");
        HttpResponse<String> invalid = web.postForm("/admin/positions", Map.of("name", "", "salaryScale", "19"));
        assertThat(invalid.body()).contains("Vul een naam in.", "Kies een salarisschaal van 1 tot en met 18, of geen.");
        HttpResponse<String> notANumber =
                web.postForm("/admin/positions", Map.of("name", "Schaal tekst", "salaryScale", "tien"));
        assertThat(notANumber.body()).contains("Kies een salarisschaal van 1 tot en met 18, of geen.");
        HttpResponse<String> taken = web.postForm("/admin/positions", Map.of("name", "teamleider", "salaryScale", ""));
        assertThat(taken.body()).contains("Er is al een functie met deze naam.");

        assertThat(web.postForm(
                                "/admin/positions",
                                Map.of(
                                        "name",
                                        "Wethouder Testzaken",
                                        "salaryScale",
                                        "",
                                        "politicalOffice",
                                        "true",
                                        "holdsMandate",
                                        "true"))
                        .statusCode())
                .isEqualTo(302);
        UUID id = positionId(Demo.VOORBEELDSTAD, "Wethouder Testzaken");
        assertThat(web.get("/admin/positions").body()).contains("Wethouder Testzaken");
        web.get("/admin/positions/" + id);
        assertThat(web.postForm("/admin/positions/" + id, Map.of("name", "Wethouder Testzaken", "salaryScale", "12"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql(
                                        "SELECT salary_scale || ' ' || holds_mandate || ' ' || political_office FROM position WHERE id = ?")
                                .param(id)
                                .query(String.class)
                                .single()))
                .isEqualTo("12 false false");
        web.get("/admin/positions/" + id);
        assertThat(web.postForm("/admin/positions/" + id + "/delete", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql(
                                        "SELECT string_agg(action, ',' ORDER BY id) FROM audit_event WHERE object_type = 'position' AND object_id = ?")
                                .param(id.toString())
                                .query(String.class)
                                .single()))
                .isEqualTo("CREATE,UPDATE,DELETE");
    }

    @Test
    void aPositionSomeoneHoldsIsNotDeleted() {
        UUID teamleider = positionId(Demo.VOORBEELDSTAD, "Teamleider");
        WebClient web = loginAs("beheerder");
        web.get("/admin/positions/" + teamleider);
        HttpResponse<String> r = web.postForm("/admin/positions/" + teamleider + "/delete", Map.of());
        assertThat(web.get(r.headers().firstValue("Location").orElseThrow()).body())
                .contains("Deze functie kan niet weg: 2 gebruiker(s) hebben haar nog.");
        assertThat(positionId(Demo.VOORBEELDSTAD, "Teamleider")).isEqualTo(teamleider);
    }

    @Test
    void anotherMunicipalitysPositionsAreNotFound() {
        UUID id = UUID.randomUUID();
        TenantContext.runAs(
                Demo.KLEINDORP,
                () -> jdbc.sql("INSERT INTO position (id, tenant_id, name) VALUES (?, ?, 'Kleindorper')")
                        .params(id, Demo.KLEINDORP)
                        .update());
        WebClient web = loginAs("beheerder");
        assertThat(web.get("/admin/positions/" + id).statusCode()).isEqualTo(404);
        assertThat(web.get("/admin/positions").body()).doesNotContain("Kleindorper");
        web.get("/admin/positions");
        assertThat(web.postForm("/admin/positions/" + id, Map.of("name", "Overgenomen"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(web.postForm("/admin/positions/" + id + "/delete", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(positionId(Demo.KLEINDORP, "Kleindorper")).isEqualTo(id);
    }

    private UUID positionId(UUID tenant, String name) {
        return TenantContext.callAs(
                tenant,
                () -> jdbc.sql("SELECT id FROM position WHERE name = ?")
                        .param(name)
                        .query(UUID.class)
                        .single());
    }
}
