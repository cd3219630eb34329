package nl.weerbaar.surveys.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Notifier;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal invitations: each address gets its own single-use link {@code /s/<token>}. Only the token's hash is
 * stored. A reminder replaces the token (the old link stops working), because the token itself is not kept.
 */
@Service
class Invitations {

    static final String MAIL_INVITE = "surveys.mail.invite";
    static final String MAIL_REMINDER = "surveys.mail.reminder";

    /** The outbox topic of a survey's invitations and reminders. */
    static String mailTopic(UUID surveyId) {
        return "survey:" + surveyId;
    }

    private final JdbcClient jdbc;
    private final Notifier notifier;
    private final Clock clock;

    Invitations(JdbcClient jdbc, Notifier notifier, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.notifier = notifier;
    }

    /** Invites the addresses not yet invited to this survey and queues their mails; returns how many were new. */
    @Transactional
    int invite(Survey survey, List<String> emails, UUID departmentId, Locale locale) {
        List<String[]> toSend = new ArrayList<>();
        for (String email : emails) {
            String token = Tokens.newToken();
            int added = jdbc.sql("""
          INSERT INTO survey_invitation (id, tenant_id, survey_id, email, department_id, token_hash, expires_on)
          VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (survey_id, email) DO NOTHING""")
                    .params(
                            UUID.randomUUID(),
                            TenantContext.require(),
                            survey.id(),
                            email,
                            departmentId,
                            Tokens.sha256(token),
                            survey.closesOn())
                    .update();
            if (added == 1) {
                toSend.add(new String[] {email, token});
            }
        }
        toSend.forEach(m -> notifier.sendLink(m[0], MAIL_INVITE, "/s/" + m[1], locale, mailTopic(survey.id())));
        return toSend.size();
    }

    /**
     * Sends a reminder with a fresh link to everyone of an open survey who has not answered, was last mailed at
     * least {@code intervalDays} ago and had fewer than {@code maxReminders} reminders. Returns how many were sent.
     */
    @Transactional
    int remind(Survey survey, int intervalDays, int maxReminders, Locale locale) {
        List<UUID> due = jdbc.sql("""
        SELECT id FROM survey_invitation
         WHERE survey_id = ? AND NOT used AND reminders < ? AND last_sent_on <= ? AND expires_on >= ?""")
                .params(
                        survey.id(),
                        maxReminders,
                        DutchTime.today(clock).minusDays(intervalDays),
                        DutchTime.today(clock))
                .query(UUID.class)
                .list();
        for (UUID id : due) {
            String token = Tokens.newToken();
            String email = jdbc.sql("""
          UPDATE survey_invitation SET token_hash = ?, reminders = reminders + 1, last_sent_on = ?
           WHERE id = ? AND NOT used RETURNING email""")
                    .params(Tokens.sha256(token), DutchTime.today(clock), id)
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (email != null) {
                notifier.sendLink(email, MAIL_REMINDER, "/s/" + token, locale, mailTopic(survey.id()));
            }
        }
        return due.size();
    }

    /** The invitation and reminder mails of this survey that have not gone out (yet). */
    Notifier.Undelivered undelivered(UUID surveyId) {
        return notifier.undelivered(mailTopic(surveyId));
    }

    /** Number of invitations per department (null key: no department). */
    java.util.Map<UUID, int[]> countsPerDepartment(UUID surveyId) {
        java.util.Map<UUID, int[]> counts = new java.util.HashMap<>();
        jdbc.sql(
                        "SELECT department_id, count(*) AS invited, count(*) FILTER (WHERE used) AS used FROM survey_invitation"
                                + " WHERE survey_id = ? GROUP BY department_id")
                .param(surveyId)
                .query(rs -> {
                    counts.put(
                            rs.getObject("department_id", UUID.class),
                            new int[] {rs.getInt("invited"), rs.getInt("used")});
                });
        return counts;
    }
}
