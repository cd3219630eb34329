package nl.weerbaar.training.register;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Certification periods of the current municipality (ADR 0903): a row per person, kind and session; a renewal adds a
 * row, an earlier one is never changed.
 */
@Repository
class Periods {

    record Period(UUID id, UUID userId, UUID kindId, UUID sessionId, LocalDate startedOn, LocalDate validUntil) {}

    private final JdbcClient jdbc;

    Periods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A pending period for an enrolment (nothing when the person already has one for this session). */
    void pending(UUID user, UUID kind, UUID session) {
        jdbc.sql("""
                INSERT INTO training_period (tenant_id, id, user_id, kind_id, session_id) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (session_id, user_id) DO UPDATE SET started_on = NULL, valid_until = NULL""")
                .params(TenantContext.require(), UUID.randomUUID(), user, kind, session)
                .update();
    }

    /** The period this session gives: from the day it was held for the kind's months. */
    void attended(UUID user, UUID kind, UUID session, LocalDate from, LocalDate until) {
        jdbc.sql("""
                INSERT INTO training_period (tenant_id, id, user_id, kind_id, session_id, started_on, valid_until)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (session_id, user_id) DO UPDATE
                   SET started_on = EXCLUDED.started_on, valid_until = EXCLUDED.valid_until""")
                .params(TenantContext.require(), UUID.randomUUID(), user, kind, session, from, until)
                .update();
    }

    /** Takes away the period of a session that a person turns out not to have attended or been enrolled in. */
    void withdraw(UUID user, UUID session) {
        jdbc.sql("DELETE FROM training_period WHERE tenant_id = ? AND session_id = ? AND user_id = ?")
                .params(TenantContext.require(), session, user)
                .update();
    }

    /** Every period of one person, per kind oldest first (pending last). */
    List<Period> ofPerson(UUID user) {
        return jdbc.sql("""
                SELECT id, user_id, kind_id, session_id, started_on, valid_until FROM training_period
                 WHERE tenant_id = ? AND user_id = ? ORDER BY kind_id, started_on NULLS LAST""")
                .params(TenantContext.require(), user)
                .query((rs, n) -> period(rs))
                .list();
    }

    /** Every period of the municipality, per person and kind oldest first (pending last). */
    List<Period> all() {
        return jdbc.sql("""
                SELECT id, user_id, kind_id, session_id, started_on, valid_until FROM training_period
                 WHERE tenant_id = ? ORDER BY user_id, kind_id, started_on NULLS LAST""")
                .param(TenantContext.require())
                .query((rs, n) -> period(rs))
                .list();
    }

    /** A period that ends within the reminder window and has not had its reminder. */
    record Ending(UUID id, UUID userId, String kindName, LocalDate validUntil) {}

    /**
     * Attended periods ending between {@code today} and {@code until} without a reminder, leaving out those the person
     * already renewed or is enrolled to renew (a later period of the same kind).
     */
    List<Ending> endingUnreminded(LocalDate today, LocalDate until) {
        return jdbc.sql("""
                SELECT p.id, p.user_id, k.name, p.valid_until
                  FROM training_period p JOIN training_kind k ON k.id = p.kind_id
                 WHERE p.tenant_id = ? AND p.valid_until BETWEEN ? AND ? AND p.reminded_at IS NULL
                   AND NOT EXISTS (SELECT 1 FROM training_period later
                                    WHERE later.tenant_id = p.tenant_id AND later.user_id = p.user_id
                                      AND later.kind_id = p.kind_id AND later.id <> p.id
                                      AND (later.started_on IS NULL OR later.started_on > p.started_on))
                 ORDER BY p.valid_until""")
                .params(TenantContext.require(), today, until)
                .query((rs, n) -> new Ending(
                        rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("valid_until", LocalDate.class)))
                .list();
    }

    /** Marks a period's reminder; false when another run marked it first. */
    boolean reminded(UUID period, java.time.Instant at) {
        return jdbc.sql(
                                "UPDATE training_period SET reminded_at = ? WHERE tenant_id = ? AND id = ? AND reminded_at IS NULL")
                        .params(java.sql.Timestamp.from(at), TenantContext.require(), period)
                        .update()
                == 1;
    }

    private static Period period(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Period(
                rs.getObject("id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getObject("kind_id", UUID.class),
                rs.getObject("session_id", UUID.class),
                rs.getObject("started_on", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class));
    }
}
