package nl.weerbaar.incidents.core;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.weerbaar.platform.StartItem;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts of the cases that wait for someone, for the start page; the list of incidents filters on the same
 * conditions ({@code ?work=}), so a count and its list always agree. Every count passes {@link Viewer#HANDLES}.
 */
@Repository
public class WorkCounts {

    /** How far ahead an evidence deadline (camera images) counts as coming up. */
    public static final Duration EVIDENCE_AHEAD = Duration.ofDays(7);

    /** Cases with a follow-up step past its deadline (the list's "overdue" filter; bind with {@link #bind}). */
    static final String STEP_OVERDUE = """
      EXISTS (SELECT 1 FROM incident_step ws WHERE ws.tenant_id = i.tenant_id
        AND ws.incident_id = i.id AND ws.status IN ('OPEN', 'IN_PROGRESS') AND ws.due_at < :wNow)""";

    /** Open cases with a follow-up step past its deadline. */
    static final String OVERDUE = "i.status = 'OPEN' AND " + STEP_OVERDUE;

    /** Open cases with an open step that nobody owns. */
    static final String UNOWNED = """
      i.status = 'OPEN' AND EXISTS (SELECT 1 FROM incident_step ws WHERE ws.tenant_id = i.tenant_id
        AND ws.incident_id = i.id AND ws.status IN ('OPEN', 'IN_PROGRESS') AND ws.owner_id IS NULL)""";

    /** Open cases whose evidence (camera images) must be secured within {@link #EVIDENCE_AHEAD}. */
    static final String EVIDENCE = """
      i.status = 'OPEN' AND EXISTS (SELECT 1 FROM incident_step ws WHERE ws.tenant_id = i.tenant_id
        AND ws.incident_id = i.id AND ws.step = 'EVIDENCE' AND ws.status IN ('OPEN', 'IN_PROGRESS')
        AND ws.due_at >= :wNow AND ws.due_at < :wSoon)""";

    private final JdbcClient jdbc;

    WorkCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The SQL condition (alias {@code i}) of a work filter, null for an unknown one. */
    public static String condition(String work) {
        if (work == null) {
            return null;
        }
        return switch (work) {
            case "overdue" -> OVERDUE;
            case "unowned" -> UNOWNED;
            case "evidence" -> EVIDENCE;
            default -> null;
        };
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Instant now) {
        return spec.param("wNow", Timestamp.from(now)).param("wSoon", Timestamp.from(now.plus(EVIDENCE_AHEAD)));
    }

    /** The counts for one viewer, each at most {@link StartItem#MOST} + 1; {@code open} only when asked, else 0. */
    record Counts(long overdue, long unowned, long evidence, long open) {}

    /** Cases this viewer handles that wait, one capped count per kind of work. */
    Counts handled(Viewer v, Instant now, boolean withOpen) {
        return new Counts(
                count(v, now, OVERDUE),
                count(v, now, UNOWNED),
                count(v, now, EVIDENCE),
                withOpen ? count(v, now, "i.status = 'OPEN'") : 0);
    }

    /**
     * Open cases the viewer handles that meet {@code condition}, counted up to one more than {@link StartItem#MOST}:
     * the list shows no more either, and a count that stops early stays cheap however many cases wait.
     */
    private long count(Viewer v, Instant now, String condition) {
        String sql = """
        SELECT count(*) FROM (SELECT 1 FROM incident i
         WHERE i.tenant_id = :tenant AND i.status = 'OPEN' AND i.anonymised_at IS NULL AND (%s) AND (%s)
         LIMIT :cap) c""".formatted(condition, Viewer.HANDLES);
        return bind(v.bind(jdbc.sql(sql)), now)
                .param("tenant", TenantContext.require())
                .param("cap", StartItem.MOST + 1)
                .query(Long.class)
                .single();
    }

    /** The secretary's overview: reported since {@code since}, open, open with a step past its deadline. */
    record Overview(long reported, long open, long overdue) {}

    /** Over the incidents the secretary's overview shows (not confidential, not excluding her). */
    Overview overview(UUID secretary, Instant since, Instant now) {
        String sql = """
        SELECT count(*) FILTER (WHERE i.registered_at >= :since) AS reported,
               count(*) FILTER (WHERE i.status = 'OPEN') AS open, count(*) FILTER (WHERE %s) AS overdue
          FROM incident i
         WHERE i.tenant_id = :tenant AND i.anonymised_at IS NULL AND NOT i.confidential
           AND NOT (CAST(:me AS uuid) = ANY (i.excluded_users))
           AND (i.status = 'OPEN' OR i.registered_at >= :since)""".formatted(OVERDUE);
        return bind(jdbc.sql(sql), now)
                .param("tenant", TenantContext.require())
                .param("me", secretary)
                .param("since", Timestamp.from(since))
                .query((rs, n) -> new Overview(rs.getLong("reported"), rs.getLong("open"), rs.getLong("overdue")))
                .single();
    }

    /** The user's own reports with news: feedback given or the case closed within {@code since}. */
    long reportsWithNews(UUID userId, Instant since) {
        return jdbc.sql("""
        SELECT count(*) FROM incident i
         WHERE i.tenant_id = :tenant AND (i.reporter_id = :me OR i.registered_by = :me)
           AND ((i.status = 'CLOSED' AND i.closed_at >= :since)
             OR EXISTS (SELECT 1 FROM incident_step s WHERE s.tenant_id = i.tenant_id AND s.incident_id = i.id
                  AND s.step = 'FEEDBACK' AND s.status = 'DONE' AND s.completed_at >= :since))""")
                .param("tenant", TenantContext.require())
                .param("me", userId)
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
    }
}
