package nl.weerbaar.platform.mail;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of {@code mail_outbox} of the current context (a municipality, or the platform when none is set). A mail
 * is PENDING until it is claimed for sending (SENDING, for the length of a lease), then SENT, PENDING again for a
 * later attempt, or FAILED for good.
 */
@Repository
class Outbox {

    /** A mail claimed for sending; {@code body} and {@code nonce} are the encrypted text. */
    record Claimed(UUID id, String recipient, String subject, byte[] nonce, byte[] body, int attempts) {}

    /** A mail that could not be sent (yet); never holds the body. */
    record Problem(
            UUID id,
            String recipient,
            String subject,
            boolean failed,
            int attempts,
            Instant lastAttemptAt,
            Instant nextAttemptAt,
            String reason) {}

    private static final String CLAIMED = "RETURNING id, recipient, subject, body_nonce, body, attempts";

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues a mail of the current context. It is due for the job only after {@code firstTryBy}: until then the
     * mail is the work of whoever queued it.
     */
    void add(
            UUID id,
            UUID tenantId,
            String recipient,
            String subject,
            String key,
            String topic,
            byte[] nonce,
            byte[] body,
            Instant now,
            Instant firstTryBy) {
        jdbc.sql("""
        INSERT INTO mail_outbox (id, tenant_id, recipient, subject, mail_key, topic, body_nonce, body, state,
                                 created_at, next_attempt_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""")
                .params(id, tenantId, recipient, subject, key, topic, nonce, body, ts(now), ts(firstTryBy))
                .update();
    }

    /** Claims these mails, when still waiting, for one attempt that ends by {@code now + lease}. */
    List<Claimed> claim(List<UUID> ids, Instant now, Duration lease) {
        return jdbc.sql("""
        UPDATE mail_outbox SET state = 'SENDING', attempts = attempts + 1, last_attempt_at = :now,
                               next_attempt_at = :until
         WHERE id IN (SELECT id FROM mail_outbox WHERE id = ANY (:ids) AND state = 'PENDING'
                       FOR UPDATE SKIP LOCKED)
        """ + CLAIMED)
                .param("ids", ids.toArray(UUID[]::new))
                .param("now", ts(now))
                .param("until", ts(now.plus(lease)))
                .query(Outbox::claimed)
                .list();
    }

    /**
     * Claims up to {@code limit} mails that are due: waiting for their next attempt, or left in SENDING by a node
     * that stopped before it could note the outcome.
     */
    List<Claimed> claimDue(Instant now, Duration lease, int limit) {
        return jdbc.sql("""
        UPDATE mail_outbox SET state = 'SENDING', attempts = attempts + 1, last_attempt_at = :now,
                               next_attempt_at = :until
         WHERE id IN (SELECT id FROM mail_outbox
                       WHERE state IN ('PENDING', 'SENDING') AND next_attempt_at <= :now
                       ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
        """ + CLAIMED)
                .param("now", ts(now))
                .param("until", ts(now.plus(lease)))
                .param("limit", limit)
                .query(Outbox::claimed)
                .list();
    }

    /** Notes that the mail was sent and removes its body. */
    void sent(UUID id, Instant now) {
        jdbc.sql("""
        UPDATE mail_outbox SET state = 'SENT', sent_at = ?, body = NULL, body_nonce = NULL, last_error = NULL
         WHERE id = ? AND state = 'SENDING'""").params(ts(now), id).update();
    }

    /** Notes a failed attempt: another one at {@code next}, or none (FAILED) when {@code next} is null. */
    void attemptFailed(UUID id, String reason, Instant next) {
        jdbc.sql("""
        UPDATE mail_outbox SET state = ?, last_error = ?, next_attempt_at = coalesce(?::timestamptz, next_attempt_at)
         WHERE id = ? AND state = 'SENDING'""")
                .params(next == null ? "FAILED" : "PENDING", reason, next == null ? null : ts(next), id)
                .update();
    }

    /**
     * Puts a failed mail back in the queue with fresh attempts, due for the job at {@code dueBy}; false when it is not
     * (or no longer) failed.
     */
    boolean retry(UUID id, Instant dueBy) {
        return jdbc.sql("""
        UPDATE mail_outbox SET state = 'PENDING', attempts = 0, next_attempt_at = ?
         WHERE id = ? AND state = 'FAILED' AND body IS NOT NULL""").params(ts(dueBy), id).update() == 1;
    }

    /** Puts every failed mail back in the queue with fresh attempts, due at {@code dueBy}; returns their ids. */
    List<UUID> retryAll(Instant dueBy) {
        return jdbc.sql("""
        UPDATE mail_outbox SET state = 'PENDING', attempts = 0, next_attempt_at = ?
         WHERE state = 'FAILED' AND body IS NOT NULL RETURNING id""").param(ts(dueBy)).query(UUID.class).list();
    }

    /** The mails that failed for good or whose last attempt failed, most recent first. */
    List<Problem> problems(int limit) {
        return jdbc.sql("""
        SELECT id, recipient, subject, state, attempts, last_attempt_at, next_attempt_at, last_error FROM mail_outbox
         WHERE last_error IS NOT NULL AND state <> 'SENT'
         ORDER BY last_attempt_at DESC, id LIMIT ?""")
                .param(limit)
                .query((rs, i) -> new Problem(
                        rs.getObject("id", UUID.class),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        "FAILED".equals(rs.getString("state")),
                        rs.getInt("attempts"),
                        instant(rs.getTimestamp("last_attempt_at")),
                        instant(rs.getTimestamp("next_attempt_at")),
                        rs.getString("last_error")))
                .list();
    }

    /** Of the mails of {@code topic}: how many wait to be sent and how many failed for good. */
    int[] undelivered(String topic) {
        return jdbc.sql("""
        SELECT count(*) FILTER (WHERE state IN ('PENDING', 'SENDING')), count(*) FILTER (WHERE state = 'FAILED')
          FROM mail_outbox WHERE topic = ? AND state <> 'SENT'""")
                .param(topic)
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
    }

    /** The state of one mail, if it is there. */
    Optional<String> state(UUID id) {
        return jdbc.sql("SELECT state FROM mail_outbox WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    /** The contexts (municipality id, or null for the platform) that have mails due at {@code now}. */
    List<UUID> contextsWithMailDue(Instant now) {
        return jdbc.sql("SELECT tenant_id FROM mail_outbox_due_tenants(?)")
                .param(ts(now))
                .query((rs, i) -> rs.getObject(1, UUID.class))
                .list();
    }

    /** Deletes, in every context, the mails sent or failed whose last attempt was before {@code before}. */
    int purge(Instant before) {
        return jdbc.sql("SELECT mail_outbox_purge(?)")
                .param(ts(before))
                .query(Integer.class)
                .single();
    }

    private static Claimed claimed(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Claimed(
                rs.getObject("id", UUID.class),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getBytes("body_nonce"),
                rs.getBytes("body"),
                rs.getInt("attempts"));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
