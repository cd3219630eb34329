package nl.weerbaar.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/** The catalogue: processes with assessments and controls, the heat map, and who may see any of it. */
class CatalogueIT extends IntegrationTest {

    @Test
    void aCoordinatorAddsAProcessAssessesItAndSeesItOnTheHeatMap() {
        WebClient c = loginAs("coordinator");
        c.get("/processes/new");
        String name = "Horecavergunning " + UUID.randomUUID().toString().substring(0, 6);
        var created = c.postForm(
                "/processes",
                Map.of(
                        "name",
                        name,
                        "mainCode",
                        "PERMITS",
                        "vngCode",
                        "GRANTING",
                        "bibobCode",
                        "PERMITS",
                        "owner",
                        "Teamleider Vergunningen",
                        "department",
                        "Vergunningen"));
        assertThat(created.statusCode()).isEqualTo(302);
        String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));

        int before = heatCount(5, 4);
        c.get(path);
        var assessed = c.postForm(
                path + "/assessment",
                Map.of(
                        "inherentLikelihood",
                        "5",
                        "inherentImpact",
                        "5",
                        "currentLikelihood",
                        "5",
                        "currentImpact",
                        "4",
                        "residualLikelihood",
                        "2",
                        "residualImpact",
                        "3"));
        assertThat(assessed.statusCode()).isEqualTo(302);
        assertThat(heatCount(5, 4)).isEqualTo(before + 1);

        c.get(path);
        assertThat(c.postForm(
                                path + "/controls",
                                Map.of(
                                        "controlType",
                                        "FOUR_EYES",
                                        "effectiveness",
                                        "PARTIAL",
                                        "lastTestDate",
                                        "1-3-2026",
                                        "lastTestResult",
                                        "FAILED",
                                        "note",
                                        "<script>x</script>"))
                        .statusCode())
                .isEqualTo(302);
        c.get(path);
        assertThat(c.postForm(
                                path + "/steps",
                                Map.of(
                                        "stepCode",
                                        "HV-" + id.toString().substring(0, 4),
                                        "stepName",
                                        "Bibob-toets",
                                        "activity",
                                        "BIBOB_INVESTIGATION"))
                        .statusCode())
                .isEqualTo(302);

        String page = c.get(path).body();
        assertThat(page)
                .contains(name)
                .contains("kans 5 × impact 4: zeer hoog")
                .contains("Vier-ogenprincipe")
                .contains("Werkt niet")
                .contains("01-03-2026")
                .contains("&lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("<script>x</script>")
                .contains("Bibob-toets")
                .as("the activity by its name, never its code")
                .contains("<td>Bibob-onderzoek</td>")
                .doesNotContain(">BIBOB_INVESTIGATION<");
        String heat = c.get("/processes/heatmap?kind=CURRENT").body();
        assertThat(heat).contains("Impact 5").contains("Kans 1").contains("zeer hoog");
        assertThat(c.get("/processes?by=BIBOB").body()).contains("Vergunningen").contains(name);
        assertThat(auditReads("processes-process", id)).isPositive();
    }

    @Test
    void invalidInputIsRefusedPerFieldAndNothingIsSaved() {
        WebClient c = loginAs("coordinator");
        c.get("/processes/new");
        var r = c.postForm("/processes", Map.of("name", "", "mainCode", "NONSENSE"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("Vul dit veld in.")
                .contains("Kies een van de mogelijkheden.")
                .contains("aria-invalid=\"true\"");

        c.get("/processes/new");
        String name = "Subsidie jongerenwerk " + UUID.randomUUID().toString().substring(0, 6);
        String path = c.postForm("/processes", Map.of("name", name, "mainCode", "SUBSIDIES"))
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceFirst("^https?://[^/]+", "");
        c.get(path);
        var bad = c.postForm(
                path + "/assessment",
                Map.of(
                        "inherentLikelihood",
                        "3",
                        "inherentImpact",
                        "3",
                        "currentLikelihood",
                        "9",
                        "currentImpact",
                        "2"));
        assertThat(bad.body()).contains("Dit getal valt buiten het toegestane bereik.");
        UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        long saved = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM proc_assessment WHERE process_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single());
        assertThat(saved).as("nothing half-saved").isZero();
    }

    @Test
    void onlyCoordinatorsAndAdministratorsGetInAndOtherMunicipalitiesSeeNothing() {
        for (String user : new String[] {"medewerker", "leidinggevende", "secretaris"}) {
            WebClient w = loginAs(user);
            assertThat(w.get("/processes").statusCode()).as(user).isEqualTo(403);
            // the secretary reads the heat map (counts only), which her start page links to
            assertThat(w.get("/processes/heatmap").statusCode())
                    .as(user)
                    .isEqualTo(user.equals("secretaris") ? 200 : 403);
        }
        assertThat(loginAs("beheerder").get("/processes").statusCode()).isEqualTo(200);
        assertThat(anonymous().get("/processes").statusCode()).isEqualTo(302);

        WebClient c = loginAs("coordinator");
        c.get("/processes/new");
        String path = c.postForm(
                        "/processes",
                        Map.of(
                                "name",
                                "Inkoop " + UUID.randomUUID().toString().substring(0, 6),
                                "mainCode",
                                "PROCUREMENT"))
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceFirst("^https?://[^/]+", "");
        WebClient other = loginAs("kd.coordinator");
        assertThat(other.get(path).statusCode()).isEqualTo(404);
        other.get("/processes");
        assertThat(other.postForm(path + "/assessment", Map.of("inherentLikelihood", "1", "inherentImpact", "1"))
                        .statusCode())
                .isEqualTo(404);
    }

    private int heatCount(int likelihood, int impact) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT count(*) FROM proc_assessment WHERE kind = 'CURRENT' AND likelihood = ? AND impact = ?")
                        .params(likelihood, impact)
                        .query(Integer.class)
                        .single());
    }

    private long auditReads(String type, UUID id) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT count(*) FROM audit_event WHERE object_type = ? AND object_id = ? AND action = 'READ'")
                        .params(type, id.toString())
                        .query(Long.class)
                        .single());
    }
}
