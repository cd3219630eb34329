package nl.weerbaar.training.register;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sixty days before a certification period ends, the employee and their manager get one reminder each, whatever how
 * often the job runs; a period already renewed by enrolment gets none (fixed clock, mails through the outbox).
 */
class RegisterRemindersIT extends IntegrationTest {

    @Autowired
    RegisterReminderJob job;

    private void at(LocalDate day) {
        clock.setTo(day.atTime(LocalTime.of(10, 0)).atZone(DutchTime.ZONE).toInstant());
    }

    private <T> T inVoorbeeldstad(java.util.concurrent.Callable<T> work) {
        return TenantContext.callAs(Demo.VOORBEELDSTAD, () -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private UUID user(String username) {
        return inVoorbeeldstad(() -> jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                .param(username)
                .query(UUID.class)
                .single());
    }

    private String email(String username) {
        return inVoorbeeldstad(() -> jdbc.sql("SELECT email FROM app_user WHERE username = ?")
                .param(username)
                .query(String.class)
                .single());
    }

    /** A session of the kind held on {@code day} with {@code user} attended (or only enrolled). */
    private UUID session(String kindCode, LocalDate day, UUID user, boolean attended) {
        return inVoorbeeldstad(() -> {
            UUID kind = jdbc.sql("SELECT id FROM training_kind WHERE code = ?")
                    .param(kindCode)
                    .query(UUID.class)
                    .single();
            int months = jdbc.sql("SELECT valid_months FROM training_kind WHERE id = ?")
                    .param(kind)
                    .query(Integer.class)
                    .single();
            UUID session = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO training_session (tenant_id, id, kind_id, held_on, trainer, places, created_by)
                    VALUES (?, ?, ?, ?, 'Tessa Trainer', 10, ?)""").params(Demo.VOORBEELDSTAD, session, kind, day, user).update();
            jdbc.sql("""
                    INSERT INTO training_period (tenant_id, id, user_id, kind_id, session_id, started_on, valid_until)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            Demo.VOORBEELDSTAD,
                            UUID.randomUUID(),
                            user,
                            kind,
                            session,
                            attended ? day : null,
                            attended ? day.plusMonths(months) : null)
                    .update();
            return session;
        });
    }

    @AfterEach
    void forget() {
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("DELETE FROM training_session").update());
    }

    @Test
    void oneReminderPerPeriodToTheEmployeeAndTheirManager() throws Exception {
        UUID medewerker = user("medewerker");
        UUID vergunningverlener = user("vergunningverlener");
        // phishing awareness stays valid 12 months: ends 15-03-2027
        session("phishing", LocalDate.of(2026, 3, 15), medewerker, true);
        // the same for vergunningverlener, who is already enrolled in a renewal: no reminder
        session("phishing", LocalDate.of(2026, 3, 15), vergunningverlener, true);
        session("phishing", LocalDate.of(2027, 2, 1), vergunningverlener, false);

        at(LocalDate.of(2027, 1, 13)); // 61 days before: nothing yet
        job.run();
        assertThat(reminded()).isZero();

        at(LocalDate.of(2027, 1, 14)); // 60 days before
        job.run();
        job.run();
        assertThat(reminded()).isEqualTo(1);
        List<MimeMessage> toEmployee = waitForMails(email("medewerker"), "moet binnenkort worden vernieuwd", 1);
        assertThat(toEmployee).hasSize(1);
        assertThat(toEmployee.get(0).getSubject()).contains("Phishingbewustzijn");
        assertThat(toEmployee.get(0).getContent().toString())
                .contains("15-03-2027")
                .contains("/opleidingen/personen/" + medewerker);
        List<MimeMessage> toManager = waitForMails(email("leidinggevende"), "in uw afdeling", 1);
        assertThat(toManager).hasSize(1);
        assertThat(waitForMails(email("vergunningverlener"), "moet binnenkort worden vernieuwd", 0))
                .isEmpty();

        // the next day the job finds nothing new
        at(LocalDate.of(2027, 1, 15));
        job.run();
        assertThat(waitForMails(email("medewerker"), "moet binnenkort worden vernieuwd", 1))
                .hasSize(1);
    }

    private long reminded() {
        return inVoorbeeldstad(() -> jdbc.sql("SELECT count(*) FROM training_period WHERE reminded_at IS NOT NULL")
                .query(Long.class)
                .single());
    }

    private static List<MimeMessage> waitForMails(String to, String subject, int atLeast) throws Exception {
        long until = System.currentTimeMillis() + (atLeast == 0 ? 2_000 : 10_000);
        List<MimeMessage> found = List.of();
        while (System.currentTimeMillis() < until) {
            found = Arrays.stream(MAIL.getReceivedMessages())
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
            if (atLeast > 0 && found.size() >= atLeast) {
                Thread.sleep(500); // a second one would have come by now
                return waitForMails(to, subject, 0);
            }
            Thread.sleep(100);
        }
        return found;
    }
}
