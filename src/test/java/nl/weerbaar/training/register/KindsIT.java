package nl.weerbaar.training.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The coordinator adds and changes kinds of training, validated; one kind counts as de-escalation; a kind in use
 * cannot be deleted; nobody else reaches the page, and another municipality's kind is not found.
 */
class KindsIT extends IntegrationTest {

    private long count(String sql, Object... params) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(sql).params(List.of(params)).query(Long.class).single());
    }

    private UUID kind(String code) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM training_kind WHERE code = ?")
                        .param(code)
                        .query(UUID.class)
                        .single());
    }

    @AfterEach
    void forget() {
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            jdbc.sql("DELETE FROM training_session").update();
            jdbc.sql("DELETE FROM training_kind WHERE code LIKE 'agressie%'").update();
            jdbc.sql("UPDATE training_kind SET deescalation = (code = 'de-escalatie')")
                    .update();
        });
    }

    @Test
    void theCoordinatorAddsChangesAndDeletesKinds() {
        WebClient coordinator = loginAs("coordinator");
        assertThat(coordinator.get("/opleidingen/soorten").statusCode()).isEqualTo(200);

        // empty, too long, wrong type: every field says what is wrong, nothing added
        HttpResponse<String> refused = coordinator.postForm(
                "/opleidingen/soorten", Map.of("name", "", "nameEn", "x".repeat(81), "months", "twee"));
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#error-summary li")).hasSize(3);
        assertThat(page.select("#name").attr("aria-invalid")).isEqualTo("true");
        assertThat(count("SELECT count(*) FROM training_kind")).isEqualTo(5);
        assertThat(Jsoup.parse(coordinator
                                .postForm(
                                        "/opleidingen/soorten",
                                        Map.of("name", "integriteit", "nameEn", "Integrity", "months", "12"))
                                .body())
                        .select("#name-error")
                        .text())
                .isEqualTo("Er is al een soort met deze naam.");
        assertThat(Jsoup.parse(coordinator
                                .postForm(
                                        "/opleidingen/soorten",
                                        Map.of("name", "Agressie", "nameEn", "Aggression", "months", "121"))
                                .body())
                        .select("#months-error")
                        .text())
                .isNotBlank();

        // a new kind that counts as de-escalation takes that from the old one; names are shown as text
        HttpResponse<String> added = coordinator.postForm(
                "/opleidingen/soorten",
                Map.of(
                        "name",
                        "Agressie <script>alert(1)</script>",
                        "nameEn",
                        "Aggression",
                        "months",
                        "18",
                        "deescalation",
                        "true"));
        assertThat(added.statusCode()).isEqualTo(302);
        UUID agressie = kind("agressie-script-alert-1-script");
        assertThat(count("SELECT count(*) FROM training_kind WHERE deescalation"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM training_kind WHERE deescalation AND id = ?", agressie))
                .isEqualTo(1);
        String list = coordinator.get("/opleidingen/soorten").body();
        assertThat(list).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");

        // change it back: the old kind counts again
        assertThat(coordinator
                        .postForm(
                                "/opleidingen/soorten/" + agressie,
                                Map.of("name", "Agressie", "nameEn", "Aggression", "months", "24"))
                        .statusCode())
                .isEqualTo(302);
        UUID deescalatie = kind("de-escalatie");
        assertThat(coordinator
                        .postForm(
                                "/opleidingen/soorten/" + deescalatie,
                                Map.of(
                                        "name",
                                        "De-escalatie",
                                        "nameEn",
                                        "De-escalation",
                                        "months",
                                        "24",
                                        "deescalation",
                                        "true"))
                        .statusCode())
                .isEqualTo(302);
        assertThat(count("SELECT count(*) FROM training_kind WHERE deescalation AND id = ?", deescalatie))
                .isEqualTo(1);

        // a kind in use stays, with a message; an unused one goes
        coordinator.get("/opleidingen");
        assertThat(coordinator
                        .postForm(
                                "/opleidingen/sessies",
                                Map.of(
                                        "kind",
                                        agressie.toString(),
                                        "heldOn",
                                        "2026-11-30",
                                        "trainer",
                                        "Tessa",
                                        "places",
                                        "5"))
                        .statusCode())
                .isEqualTo(302);
        HttpResponse<String> inUse =
                coordinator.postForm("/opleidingen/soorten/" + agressie + "/verwijderen", Map.of());
        assertThat(inUse.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(inUse.body()).select("#delete-error").text())
                .isEqualTo("Deze soort kan niet weg: er is 1 sessie van. Sessies en de geldigheid die ze gaven blijven"
                        + " bewaard.");
        assertThat(count("SELECT count(*) FROM training_kind WHERE id = ?", agressie))
                .isEqualTo(1);
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("DELETE FROM training_session").update());
        assertThat(coordinator
                        .postForm("/opleidingen/soorten/" + agressie + "/verwijderen", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(count("SELECT count(*) FROM training_kind WHERE id = ?", agressie))
                .isZero();

        // nobody else: a manager is refused, another municipality's coordinator does not find the kind
        assertThat(loginAs("leidinggevende").get("/opleidingen/soorten").statusCode())
                .isEqualTo(403);
        assertThat(loginAs("kd.coordinator")
                        .get("/opleidingen/soorten/" + deescalatie)
                        .statusCode())
                .isEqualTo(404);
    }
}
