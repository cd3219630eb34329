package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Who may report, and where: a meldpunt is for staff and office holders until the coordinator opens it to residents
 * and entrepreneurs; the platform operator sets up a meldpunt shared by named municipalities whose entry page leads
 * to each member's own meldpunt.
 */
class MeldpuntOpennessIT extends IntegrationTest {

    @Test
    void outsidersReportOnlyWhereTheCoordinatorOpenedTheMeldpunt() {
        WebClient reporter = anonymous();
        String closedForm = reporter.get("/m/voorbeeldstad").body();
        assertThat(closedForm)
                .contains("Dit meldpunt is voor iedereen die voor de gemeente werkt")
                .doesNotContain("relation-RESIDENT");
        String description = "Buiten " + UUID.randomUUID();
        HttpResponse<String> refused = reporter.postForm(
                "/m/voorbeeldstad", Map.of("kind", "UNDERMINING", "description", description, "relation", "RESIDENT"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Meld Misdaad Anoniem");
        assertThat(loginAs("medewerker").get("/meldpunt/settings").statusCode()).isEqualTo(403);

        WebClient coordinator = loginAs("coordinator");
        try {
            coordinator.get("/meldpunt/settings");
            assertThat(coordinator
                            .postForm("/meldpunt/settings", Map.of("openToOutsiders", "true"))
                            .statusCode())
                    .isIn(200, 302);
            assertThat(coordinator.get("/meldpunt/settings").body()).contains("id=\"open-yes\" value=\"true\" checked");
            assertThat(reporter.get("/m/voorbeeldstad").body())
                    .contains("ook voor inwoners en ondernemers")
                    .contains("relation-ENTREPRENEUR");
            List<UUID> before = ids();
            HttpResponse<String> receipt = reporter.postForm(
                    "/m/voorbeeldstad",
                    Map.of("kind", "UNDERMINING", "description", description, "relation", "ENTREPRENEUR"));
            assertThat(receipt.statusCode()).isEqualTo(200);
            List<UUID> added = new ArrayList<>(ids());
            added.removeAll(before);
            assertThat(added).hasSize(1);
            assertThat(coordinator.get("/meldpunt/" + added.get(0)).body())
                    .contains(description)
                    .contains("Ik ben ondernemer");
            assertThat(TenantContext.callAs(
                            Demo.KLEINDORP,
                            () -> jdbc.sql("SELECT count(*) FROM meldpunt_settings")
                                    .query(Long.class)
                                    .single()))
                    .as("another municipality sees no settings of this one")
                    .isZero();
        } finally {
            coordinator.get("/meldpunt/settings");
            coordinator.postForm("/meldpunt/settings", Map.of("openToOutsiders", "false"));
        }
        assertThat(reporter.get("/m/voorbeeldstad").body()).doesNotContain("relation-RESIDENT");
    }

    @Test
    void theOperatorSetsUpASharedMeldpuntThatLeadsToEachMembersOwn() {
        WebClient operator = loginAs("platformbeheerder");
        String slug = "samen-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(loginAs("coordinator").get("/platform/meldpunt-groups").statusCode())
                .isEqualTo(403);

        operator.get("/platform/meldpunt-groups");
        HttpResponse<String> one = operator.postForm(
                "/platform/meldpunt-groups?members=" + Demo.VOORBEELDSTAD,
                Map.of("name", "Samen melden", "slug", slug));
        assertThat(one.statusCode()).isEqualTo(422);
        assertThat(one.body()).contains("Kies ten minste twee gemeenten");
        operator.get("/platform/meldpunt-groups");
        HttpResponse<String> badSlug = operator.postForm(
                "/platform/meldpunt-groups?members=" + Demo.VOORBEELDSTAD + "&members=" + Demo.KLEINDORP,
                Map.of("name", "Samen melden", "slug", "Niet <goed>"));
        assertThat(badSlug.statusCode()).isEqualTo(422);
        assertThat(badSlug.body()).contains("Gebruik alleen kleine letters").doesNotContain("<goed>");
        assertThat(anonymous().get("/m/samen/" + slug).statusCode()).isEqualTo(404);

        operator.get("/platform/meldpunt-groups");
        HttpResponse<String> created = operator.postForm(
                "/platform/meldpunt-groups?members=" + Demo.VOORBEELDSTAD + "&members=" + Demo.KLEINDORP,
                Map.of("name", "Samen melden", "slug", slug));
        assertThat(created.statusCode()).isIn(200, 302);
        String page = anonymous().get("/m/samen/" + slug).body();
        assertThat(page)
                .contains("Samen melden")
                .contains("href=\"/m/voorbeeldstad\"")
                .contains("href=\"/m/kleindorp\"");

        String list = operator.get("/platform/meldpunt-groups").body();
        String id = list.replaceAll("(?s).*/platform/meldpunt-groups/([0-9a-f-]{36})/delete.*", "$1");
        operator.postForm("/platform/meldpunt-groups/" + id + "/delete", Map.of());
        assertThat(anonymous().get("/m/samen/" + slug).statusCode()).isEqualTo(404);
    }

    private List<UUID> ids() {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM meldpunt_report")
                        .query(UUID.class)
                        .list());
    }
}
