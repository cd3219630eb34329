package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The retention job deletes a report with its messages and attachments once its outcome is older than the months kept
 * for that outcome, leaves proof without content (what, when, by which rule), and leaves open reports alone.
 */
class MeldpuntRetentionIT extends IntegrationTest {

    @Autowired
    Reporting reporting;

    @Autowired
    Inbox inbox;

    @Autowired
    MeldpuntRetentionJob job;

    @Test
    void aReportIsDeletedTwelveMonthsAfterNoFurtherActionAndLeavesProofWithoutContent() {
        String secret = "Verwijderbaar " + UUID.randomUUID();
        UUID closed = submit("2033-03-03", secret);
        UUID open = submit("2033-03-04", "Nog open " + UUID.randomUUID());
        UserIdentity coordinator = coordinator();
        clock.setTo(Instant.parse("2033-03-10T10:00:00Z"));
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            inbox.write(closed, coordinator, "Dank, wij hebben het bekeken.", true);
            inbox.recordOutcome(closed, coordinator, "NO_FURTHER_ACTION", null);
        });

        clock.setTo(Instant.parse("2034-03-09T01:00:00Z")); // a day short of twelve months
        job.run();
        assertThat(exists(closed)).isTrue();

        clock.setTo(Instant.parse("2034-03-10T01:00:00Z"));
        job.run();
        job.run();
        assertThat(exists(closed)).isFalse();
        assertThat(exists(open)).as("a report without outcome stays").isTrue();
        assertThat(count("SELECT count(*) FROM meldpunt_message WHERE report_id = ?", closed))
                .isZero();

        Map<String, Object> proof = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT * FROM meldpunt_deletion WHERE report_id = ?")
                        .param(closed)
                        .query()
                        .listOfRows()
                        .get(0));
        assertThat(proof)
                .containsEntry("rule", "NO_FURTHER_ACTION+12M")
                .containsEntry("outcome", "NO_FURTHER_ACTION")
                .containsEntry("messages", 1)
                .containsEntry("attachments", 0)
                .containsEntry("kind", "LEAK");
        assertThat(proof.get("deleted_on").toString()).isEqualTo("2034-03-10");
        assertThat(proof.values()).noneMatch(v -> v != null && v.toString().contains(secret));
        assertThat(count("SELECT count(*) FROM meldpunt_deletion WHERE report_id = ?", closed))
                .as("the second run finds nothing to do")
                .isEqualTo(1);
        assertThat(count(
                        "SELECT count(*) FROM audit_event WHERE object_id = ?::text AND action = 'DELETE'"
                                + " AND purpose = 'retention NO_FURTHER_ACTION+12M'",
                        closed))
                .isEqualTo(1);
        List<Retention.Proof> shown = TenantContext.callAs(Demo.VOORBEELDSTAD, () -> inbox.deletions());
        assertThat(shown)
                .anyMatch(p -> p.reportId().equals(closed)
                        && p.deletedOn().equals(LocalDate.parse("2034-03-10"))
                        && p.monthsKept() == 12);
        String page = loginAs("secretaris").get("/meldpunt/deletions").body();
        assertThat(page)
                .contains("10-03-2034")
                .contains("Geen verdere actie: 12 maanden na de uitkomst")
                .doesNotContain(secret);
    }

    @Test
    void theApplicationCannotChangeOrRemoveProof() {
        for (String sql :
                List.of("UPDATE meldpunt_deletion SET rule = 'x'", "DELETE FROM meldpunt_deletion WHERE rule = 'x'")) {
            assertThatThrownBy(() -> TenantContext.runAs(
                            Demo.VOORBEELDSTAD, () -> jdbc.sql(sql).update()))
                    .rootCause()
                    .hasMessageContaining("permission denied");
        }
    }

    private UUID submit(String day, String text) {
        clock.setTo(Instant.parse(day + "T10:00:00Z"));
        assertThat(reporting
                        .submit(
                                Demo.VOORBEELDSTAD,
                                new Reporting.Submission(
                                        "LEAK", text, null, List.of(), false, List.of(), null, null, null, null),
                                null)
                        .errors()
                        .any())
                .isFalse();
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM meldpunt_report WHERE received_on = ?::date")
                        .param(day)
                        .query(UUID.class)
                        .single());
    }

    private boolean exists(UUID id) {
        return count("SELECT count(*) FROM meldpunt_report WHERE id = ?", id) > 0;
    }

    private long count(String sql, UUID id) {
        return TenantContext.callAs(Demo.VOORBEELDSTAD, () -> {
            var statement = jdbc.sql(sql);
            return (id == null ? statement : statement.param(id))
                    .query(Long.class)
                    .single();
        });
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
