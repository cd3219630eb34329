package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.meldpunt.MeldpuntFigures;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The meldpunt's counts reach the analyses exactly through {@link MeldpuntFigures}, and the dashboard hides small
 * numbers from everyone, the coordinator too, with complementary suppression; a month counts as its quarter; another
 * municipality's reports are never counted.
 */
class MeldpuntFiguresIT extends IntegrationTest {

    @Autowired
    Reporting reporting;

    @Autowired
    Inbox inbox;

    @Autowired
    MeldpuntFigures figures;

    @Test
    void countsAreExactForTheAnalysesAndHiddenWhenSmallOnTheDashboard() {
        for (int i = 0; i < 6; i++) {
            submit(Demo.VOORBEELDSTAD, "2041-05-0" + (i + 1), "LEAK");
        }
        UUID misconduct = submit(Demo.VOORBEELDSTAD, "2041-05-10", "MISCONDUCT");
        submit(Demo.KLEINDORP, "2041-05-11", "LEAK");
        clock.setTo(Instant.parse("2041-05-12T09:00:00Z"));
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> inbox.acknowledge(misconduct, coordinator()));
        clock.setTo(Instant.parse("2041-06-30T09:00:00Z"));

        MeldpuntFigures.Figures f = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> figures.received(LocalDate.parse("2041-04-01"), LocalDate.parse("2041-07-01")));
        assertThat(f.total()).isEqualTo(7);
        assertThat(f.perKind())
                .containsEntry("LEAK", 6L)
                .containsEntry("MISCONDUCT", 1L)
                .containsEntry("UNDERMINING", 0L);
        assertThat(f.perOutcome()).containsEntry("OPEN", 7L).containsEntry("MEASURES", 0L);
        assertThat(f.due()).isEqualTo(7);
        assertThat(f.inTime()).as("one acknowledged within 7 days").isEqualTo(1);

        // the coordinator sees incidents exactly, but the meldpunt's small numbers stay hidden, and the month of May
        // counts as the second quarter
        Document page = Jsoup.parse(loginAs("coordinator")
                .get("/insights?granularity=MONTH&at=2041-05-15")
                .body());
        assertThat(page.select("#meldpunt-heading").text()).contains("2041-K2");
        assertThat(row(page, "meldpunt-kinds", "Misdraging")).isEqualTo("<5");
        assertThat(row(page, "meldpunt-kinds", "Lekken van informatie"))
                .as("hidden too, or the total would give the small one away")
                .isEqualTo("<5");
        assertThat(page.select("[data-test=meldpunt-kinds] tfoot td").text()).isEqualTo("7");
        assertThat(row(page, "meldpunt-outcomes", "Nog geen uitkomst")).isEqualTo("7");
        assertThat(page.select("[data-test=meldpunt-in-time]").text()).startsWith("14%");

        Document manager = Jsoup.parse(loginAs("leidinggevende")
                .get("/insights?granularity=QUARTER&at=2041-05-15")
                .body());
        assertThat(manager.select("[data-test=meldpunt-figures]"))
                .as("managers see no meldpunt")
                .isEmpty();
    }

    private static String row(Document page, String table, String label) {
        return page.select("[data-test=" + table + "] tbody tr").stream()
                .filter(tr -> tr.select("th").text().startsWith(label))
                .findFirst()
                .orElseThrow()
                .select("td")
                .text();
    }

    private UUID submit(UUID tenant, String day, String kind) {
        clock.setTo(Instant.parse(day + "T10:00:00Z"));
        String text = "Cijfers " + UUID.randomUUID();
        assertThat(reporting
                        .submit(
                                tenant,
                                new Reporting.Submission(
                                        kind, text, null, List.of(), false, List.of(), null, null, null, null),
                                null)
                        .errors()
                        .any())
                .isFalse();
        return TenantContext.callAs(
                tenant,
                () -> jdbc.sql("SELECT id FROM meldpunt_report WHERE received_on = ?::date AND kind = ?")
                        .param(day)
                        .param(kind)
                        .query(UUID.class)
                        .single());
    }

    private UserIdentity coordinator() {
        UUID user = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = 'coordinator'")
                        .query(UUID.class)
                        .single());
        return new UserIdentity(user, Demo.VOORBEELDSTAD, "coordinator", "Coördinator", Set.of(Role.COORDINATOR), null);
    }
}
