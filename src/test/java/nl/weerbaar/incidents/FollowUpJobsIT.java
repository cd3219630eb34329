package nl.weerbaar.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.UUID;
import nl.weerbaar.incidents.jobs.FollowUpReminderJob;
import nl.weerbaar.incidents.jobs.RetentionJob;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Overdue reminders with escalation, and the retention job. */
class FollowUpJobsIT extends IntegrationTest {

    @Autowired
    FollowUpReminderJob reminders;

    @Autowired
    RetentionJob retention;

    String report(String description) {
        // happened an hour ago: with a fixed date the camera-footage step would itself be due once that date is a week
        // in the past, and remind its owner (the coordinator) as well
        var response = new ReportApiIT()
                .postAs(
                        baseUrl(),
                        "medewerker",
                        "job-" + UUID.randomUUID(),
                        ReportApiIT.report(description, java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        assertThat(response.statusCode()).isEqualTo(201);
        return response.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    long mailsAbout(String id, String to) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .map(ReportApiIT::body)
                .filter(b -> b.contains(id) && b.contains(to))
                .count();
    }

    @Test
    void anOverdueStepRemindsItsOwnerOnceAndEscalatesToTheCoordinatorOnce() {
        String id = report("Te late opvolging " + UUID.randomUUID());
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "UPDATE incident_step SET due_at = now() - interval '30 hours' WHERE incident_id = ?::uuid AND step = 'AFTERCARE'")
                        .param(id)
                        .update());
        // The step's owner is the first manager of the reporter's department (other tests may add managers there).
        String owner = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("""
        SELECT u.email FROM incident_step s JOIN app_user u ON u.id = s.owner_id
         WHERE s.incident_id = ?::uuid AND s.step = 'AFTERCARE'""").param(id).query(String.class).single());
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .until(() -> mailsAbout(id, owner) == 1 && mailsAbout(id, "coordinator@voorbeeldstad.demo") == 1);
        long managerBefore = mailsAbout(id, owner);
        long coordinatorBefore = mailsAbout(id, "coordinator@voorbeeldstad.demo");
        reminders.run();
        reminders.run();
        assertThat(mailsAbout(id, owner) - managerBefore).isEqualTo(1);
        assertThat(mailsAbout(id, "coordinator@voorbeeldstad.demo") - coordinatorBefore)
                .as(
                        "mails about the case: %s",
                        Arrays.stream(MAIL.getReceivedMessages())
                                .map(ReportApiIT::body)
                                .filter(b -> b.contains(id))
                                .toList())
                .isEqualTo(1);
        var marks = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("""
        SELECT count(*) FILTER (WHERE reminded_at IS NOT NULL) || '/' || count(*) FILTER (WHERE escalated_at IS NOT NULL)
          FROM incident_step WHERE incident_id = ?::uuid""").param(id).query(String.class).single());
        assertThat(marks).isEqualTo("1/1");
    }

    @Test
    void closedCasesAreAnonymisedAfterTheRetentionPeriod() {
        String text = "Oude zaak met namen " + UUID.randomUUID();
        String id = report(text);
        String recent = report("Recent gesloten " + UUID.randomUUID());
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            jdbc.sql("UPDATE incident SET status = 'CLOSED', closed_at = now() - interval '6 years',"
                            + " address_bag_id = '0221200000330227' WHERE id = ?::uuid")
                    .param(id)
                    .update();
            jdbc.sql("UPDATE incident SET status = 'CLOSED', closed_at = now() - interval '1 year' WHERE id = ?::uuid")
                    .param(recent)
                    .update();
        });
        retention.run();
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> {
            var row = jdbc.sql(
                            "SELECT description, perpetrator_reference, reporter_id, anonymised_at IS NOT NULL, kinds::text"
                                    + " FROM incident WHERE id = ?::uuid")
                    .param(id)
                    .query((rs, n) -> new Object[] {
                        rs.getString(1), rs.getString(2), rs.getObject(3), rs.getBoolean(4), rs.getString(5)
                    })
                    .single();
            assertThat(row[0]).isEqualTo("[geanonimiseerd]");
            assertThat(row[1]).isNull();
            assertThat(row[2]).isNull();
            assertThat(row[3]).isEqualTo(true);
            assertThat((String) row[4]).contains("VERBAL_AGGRESSION");
            assertThat(jdbc.sql("SELECT coalesce(address_bag_id, '-') FROM incident WHERE id = ?::uuid")
                            .param(id)
                            .query(String.class)
                            .single())
                    .as("the structured address goes with the rest of the personal data")
                    .isEqualTo("-");
            assertThat(jdbc.sql("SELECT anonymised_at IS NULL FROM incident WHERE id = ?::uuid")
                            .param(recent)
                            .query(Boolean.class)
                            .single())
                    .isTrue();
        });
    }
}
