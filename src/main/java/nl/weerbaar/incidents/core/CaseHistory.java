package nl.weerbaar.incidents.core;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The history of a case: what happened, when and by whom. Step changes, mails, exports, links and closing are
 * written here as they happen; the report and the reporter's additions come from their own tables. Details are
 * codes and case numbers, never case content.
 */
@Repository
public class CaseHistory {

    /** What happened. Labels: {@code incidents.history.<name>}. */
    public enum Kind {
        REGISTERED,
        ADDITION,
        STEP_SAVED,
        STEP_COMPLETED,
        STEP_STEPPED_IN,
        MAILED,
        EXPORTED,
        LINKED,
        CLOSED
    }

    /** One line of the history; {@code actorName} null when nobody in particular (a job, the system). */
    public record Entry(Instant at, Kind kind, String actorName, String detail) {}

    private final JdbcClient jdbc;

    CaseHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID incident, Instant at, Kind kind, UUID actor, String detail) {
        jdbc.sql("""
        INSERT INTO incident_history (id, tenant_id, incident_id, at, kind, actor_id, detail)
        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        TenantContext.require(),
                        incident,
                        Timestamp.from(at),
                        kind.name(),
                        actor,
                        detail)
                .update();
    }

    /** Everything that happened to the case, oldest first. */
    public List<Entry> of(UUID incident) {
        return jdbc.sql("""
        SELECT i.registered_at AS at, 'REGISTERED' AS kind, b.display_name AS actor, i.channel AS detail
          FROM incident i LEFT JOIN org_person b ON b.id = i.registered_by
         WHERE i.tenant_id = :tenant AND i.id = :id
        UNION ALL
        SELECT a.created_at, 'ADDITION', u.display_name, NULL
          FROM incident_addition a LEFT JOIN org_person u ON u.id = a.author_id
         WHERE a.tenant_id = :tenant AND a.incident_id = :id
        UNION ALL
        SELECT h.at, h.kind, u.display_name, h.detail
          FROM incident_history h LEFT JOIN org_person u ON u.id = h.actor_id
         WHERE h.tenant_id = :tenant AND h.incident_id = :id
        ORDER BY 1, 2""")
                .param("tenant", TenantContext.require())
                .param("id", incident)
                .query((rs, n) -> new Entry(
                        rs.getTimestamp(1).toInstant(),
                        Kind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4)))
                .list();
    }
}
