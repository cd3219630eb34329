package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The 7-day and 3-month deadlines: a reminder before each, an escalation after, each once (fixed clock). */
class MeldpuntDeadlinesIT extends IntegrationTest {

    @Autowired
    Reporting reporting;

    @Autowired
    Inbox inbox;

    @Autowired
    DeadlinesJob job;

    @Test
    void remindersBeforeAndEscalationsAfterEachDeadlineGoOutOnce() {
        clock.setTo(Instant.parse("2030-03-04T09:00:00Z"));
        String text = "Termijnen " + UUID.randomUUID();
        Reporting.Submitted s = reporting.submit(
                Demo.VOORBEELDSTAD,
                new Reporting.Submission("LEAK", text, null, List.of(), false, List.of(), null, null, null, null),
                null);
        assertThat(s.errors().any()).isFalse();
        UUID id = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc
                        .sql("SELECT id FROM meldpunt_report WHERE received_on = DATE '2030-03-04' ORDER BY id")
                        .query(UUID.class)
                        .list()
                        .stream()
                        .filter(r -> open(r).description().equals(text))
                        .findFirst()
                        .orElseThrow());

        clock.setTo(Instant.parse("2030-03-08T06:00:00Z")); // day 4: nothing yet
        job.run();
        assertThat(mailsAbout(id, "coordinator@voorbeeldstad.demo")).isEmpty();

        clock.setTo(Instant.parse("2030-03-09T06:00:00Z")); // two days before the 7-day deadline (11 March)
        job.run();
        job.run();
        assertThat(mailsAbout(id, "coordinator@voorbeeldstad.demo")).hasSize(1);
        assertThat(mailsAbout(id, "vertrouwenspersoon@voorbeeldstad.demo")).hasSize(1);

        clock.setTo(Instant.parse("2030-03-12T06:00:00Z")); // deadline passed
        job.run();
        job.run();
        assertThat(mailsAbout(id, "coordinator@voorbeeldstad.demo")).hasSize(2);
        assertThat(mailsTo("secretaris@voorbeeldstad.demo", "niet op tijd bevestigd"))
                .isNotEmpty();

        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> inbox.acknowledge(id, coordinator()));
        clock.setTo(Instant.parse("2030-05-29T06:00:00Z")); // 14 days before 12 June
        job.run();
        job.run();
        assertThat(mailsAbout(id, "coordinator@voorbeeldstad.demo")).hasSize(3);
        clock.advance(Duration.ofDays(15)); // 13 June: passed
        job.run();
        job.run();
        assertThat(mailsAbout(id, "coordinator@voorbeeldstad.demo")).hasSize(4);
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql(
                                        "SELECT count(*) FROM audit_event WHERE object_type = 'meldpunt-report' AND object_id = ?"
                                                + " AND purpose LIKE '%reminder%' OR object_id = ? AND purpose LIKE '%escalated%'")
                                .params(id.toString(), id.toString())
                                .query(Long.class)
                                .single()))
                .isEqualTo(4);
    }

    private Inbox.Detail open(UUID id) {
        return TenantContext.callAs(Demo.VOORBEELDSTAD, () -> inbox.open(id, coordinator()));
    }

    private nl.weerbaar.platform.UserIdentity coordinator() {
        UUID user = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = 'coordinator'")
                        .query(UUID.class)
                        .single());
        return new nl.weerbaar.platform.UserIdentity(
                user,
                Demo.VOORBEELDSTAD,
                "coordinator",
                "Coördinator",
                java.util.Set.of(nl.weerbaar.platform.Role.COORDINATOR),
                null);
    }

    private static List<MimeMessage> mailsAbout(UUID id, String to) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(a -> a.toString().equals(to))
                                && m.getContent().toString().contains("/meldpunt/" + id);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static List<MimeMessage> mailsTo(String to, String subject) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(a -> a.toString().equals(to))
                                && m.getSubject().contains(subject);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
