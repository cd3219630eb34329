package nl.weerbaar.training.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Offers of de-escalation training after incidents (ADR 0908): one per department and calendar quarter, with the
 * incidents that led to it by id.
 */
@Repository
class Offers {

    record Offer(UUID id, UUID departmentId, LocalDate quarterStart, Instant offeredAt, UUID sessionId) {}

    record OfferIncident(UUID incidentId, Instant occurredAt) {}

    private final JdbcClient jdbc;

    Offers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the incident under its department's offer of the quarter, opening the offer when it is the first; the
     * same incident twice changes nothing. True when a new offer was opened.
     */
    boolean record(UUID department, LocalDate quarterStart, UUID incident, Instant occurredAt, Instant now) {
        UUID tenant = TenantContext.require();
        boolean opened = jdbc.sql("""
                        INSERT INTO training_offer (tenant_id, id, department_id, quarter_start, offered_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, department_id, quarter_start) DO NOTHING""")
                        .params(tenant, UUID.randomUUID(), department, quarterStart, java.sql.Timestamp.from(now))
                        .update()
                == 1;
        jdbc.sql("""
                INSERT INTO training_offer_incident (tenant_id, offer_id, incident_id, occurred_at)
                SELECT tenant_id, id, ?, ? FROM training_offer
                 WHERE tenant_id = ? AND department_id = ? AND quarter_start = ?
                ON CONFLICT DO NOTHING""")
                .params(incident, java.sql.Timestamp.from(occurredAt), tenant, department, quarterStart)
                .update();
        return opened;
    }

    /** Offers, newest quarter first; of one department when {@code department} is given. */
    List<Offer> offers(UUID department) {
        return jdbc.sql("""
                SELECT id, department_id, quarter_start, offered_at, session_id FROM training_offer
                 WHERE tenant_id = ? AND (CAST(? AS uuid) IS NULL OR department_id = ?)
                 ORDER BY quarter_start DESC, offered_at DESC""")
                .params(TenantContext.require(), department, department)
                .query((rs, n) -> new Offer(
                        rs.getObject("id", UUID.class),
                        rs.getObject("department_id", UUID.class),
                        rs.getObject("quarter_start", LocalDate.class),
                        rs.getTimestamp("offered_at").toInstant(),
                        rs.getObject("session_id", UUID.class)))
                .list();
    }

    List<OfferIncident> incidents(UUID offer) {
        return jdbc.sql("""
                SELECT incident_id, occurred_at FROM training_offer_incident
                 WHERE tenant_id = ? AND offer_id = ? ORDER BY occurred_at""")
                .params(TenantContext.require(), offer)
                .query((rs, n) -> new OfferIncident(
                        rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()))
                .list();
    }

    /** Open offers (no session planned yet) of one department, for the manager's start page. */
    long countOpen(UUID department) {
        return jdbc.sql("""
                SELECT count(*) FROM training_offer WHERE tenant_id = ? AND department_id = ? AND session_id IS NULL""")
                .params(TenantContext.require(), department)
                .query(Long.class)
                .single();
    }

    /** Links a planned session to the offer (once: an offer already planned keeps its session). */
    void planned(UUID offer, UUID session) {
        jdbc.sql("UPDATE training_offer SET session_id = ? WHERE tenant_id = ? AND id = ? AND session_id IS NULL")
                .params(session, TenantContext.require(), offer)
                .update();
    }
}
