package nl.weerbaar.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Times on the access review and the functions analysis read in Dutch time (13:00 UTC is 14:00 in winter and
 * 15:00 in summer), and the pages take today from the application's clock, which a test can set.
 */
class DutchTimeOnPagesIT extends IntegrationTest {

    private static final Instant WINTER = Instant.parse("2026-01-15T13:00:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-15T13:00:00Z");

    @Test
    void anAccessReviewShowsWhenItStartedInDutchTime() {
        // By the application's clock it is 15 January 2026, so 20 January (typed the Dutch way) still lies ahead.
        clock.setTo(WINTER);
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/processes/reviews");
        String name =
                "Review in Nederlandse tijd " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> started =
                coordinator.postForm("/processes/reviews", Map.of("name", name, "dueDate", "20-01-2026"));
        assertThat(started.statusCode()).isEqualTo(302);
        UUID id = UUID.fromString(
                started.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));

        try {
            set("UPDATE proc_review_campaign SET started_at = ? WHERE id = ?", WINTER, id);
            assertThat(coordinator.get("/processes/reviews/" + id).body())
                    .contains("15-01-2026 14:00")
                    .doesNotContain("15-01-2026 13:00");
            set("UPDATE proc_review_campaign SET started_at = ? WHERE id = ?", SUMMER, id);
            assertThat(coordinator.get("/processes/reviews/" + id).body())
                    .contains("15-07-2026 15:00")
                    .doesNotContain("15-07-2026 13:00");
        } finally {
            coordinator.get("/processes/reviews/" + id);
            coordinator.postForm("/processes/reviews/" + id + "/close", Map.of("confirmed", "true"));
        }
    }

    @Test
    void theAccessReviewRefusesADueDateInThePastByTheApplicationsClock() {
        clock.setTo(SUMMER);
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/processes/reviews");
        HttpResponse<String> refused = coordinator.postForm(
                "/processes/reviews",
                Map.of("name", "Te laat " + UUID.randomUUID().toString().substring(0, 8), "dueDate", "15-07-2026"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Kies een uiterste datum na vandaag.");
    }

    @Test
    void theFunctionsAnalysisShowsItsLastRunInDutchTime() {
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/processes/findings");
        assertThat(coordinator.postForm("/processes/analysis", Map.of()).statusCode())
                .isEqualTo(302);

        set("UPDATE proc_analysis_run SET finished_at = ? WHERE tenant_id = ?", WINTER, Demo.VOORBEELDSTAD);
        assertThat(coordinator.get("/processes/findings").body())
                .contains("15-01-2026 14:00")
                .doesNotContain("15-01-2026 13:00");
        set("UPDATE proc_analysis_run SET finished_at = ? WHERE tenant_id = ?", SUMMER, Demo.VOORBEELDSTAD);
        assertThat(coordinator.get("/processes/findings").body())
                .contains("15-07-2026 15:00")
                .doesNotContain("15-07-2026 13:00");
    }

    private void set(String sql, Instant at, UUID id) {
        int updated = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(sql).params(Timestamp.from(at), id).update());
        assertThat(updated).isEqualTo(1);
    }
}
