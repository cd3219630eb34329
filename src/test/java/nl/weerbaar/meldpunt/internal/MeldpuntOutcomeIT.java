package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An outcome with a measure becomes an action that holds only the recipient's text; its link opens only for them. */
class MeldpuntOutcomeIT extends IntegrationTest {

    @Autowired
    Reporting reporting;

    @Test
    void aMeasureBecomesAnActionWithOnlyTheRecipientsText() {
        String text = "Wethouder X laat zich fêteren door projectontwikkelaar " + UUID.randomUUID();
        assertThat(reporting
                        .submit(
                                Demo.VOORBEELDSTAD,
                                new Reporting.Submission(
                                        "CONFLICT_OF_INTEREST",
                                        text,
                                        null,
                                        List.of(),
                                        false,
                                        List.of(),
                                        null,
                                        null,
                                        null,
                                        null),
                                null)
                        .errors()
                        .any())
                .isFalse();
        WebClient coordinator = loginAs("coordinator");
        UUID id = TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql(
                                        "SELECT id FROM meldpunt_report WHERE outcome IS NULL ORDER BY received_on DESC, id")
                                .query(UUID.class)
                                .list())
                .stream()
                .filter(r -> coordinator.get("/meldpunt/" + r).body().contains(text))
                .findFirst()
                .orElseThrow();

        HttpResponse<String> refused =
                coordinator.postForm("/meldpunt/" + id + "/outcome", Map.of("outcome", "REFERRAL", "measure", "Iets"));
        assertThat(refused.statusCode()).isEqualTo(422);

        HttpResponse<String> recorded = coordinator.postForm(
                "/meldpunt/" + id + "/outcome",
                Map.of("outcome", "MEASURES", "measure", "Regels voor geschenken en uitnodigingen aanscherpen"));
        assertThat(recorded.statusCode()).isEqualTo(302);
        UUID action = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT action_id FROM meldpunt_report WHERE id = ?")
                        .param(id)
                        .query(UUID.class)
                        .single());
        Map<String, Object> row = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT title, coalesce(description, '') AS description, source_module, source_ref"
                                + " FROM action_item WHERE id = ?")
                        .param(action)
                        .query()
                        .singleRow());
        assertThat(row.get("title")).isEqualTo("Regels voor geschenken en uitnodigingen aanscherpen");
        assertThat(row.get("description").toString()).doesNotContain("fêteren");
        assertThat(row.get("source_module")).isEqualTo("meldpunt");

        String actionPage = coordinator.get("/actions/" + action).body();
        assertThat(actionPage).contains("/meldpunt/" + id).doesNotContain("fêteren");
        assertThat(coordinator.get("/meldpunt/" + id).body())
                .contains("Maatregelen")
                .contains("/actions/" + action);
        assertThat(loginAs("medewerker").get("/meldpunt/" + id).statusCode())
                .as("the link back opens only for recipients")
                .isEqualTo(403);
    }
}
