package nl.weerbaar.incidents.core;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the incident list: the cases a {@link Viewer} may see ({@link Viewer#HANDLES}, plus the secretary's
 * overview), narrowed by the search and the filters, in one order, one page at a time.
 */
@Repository
class CaseListing {

    private static final String SELECT = """
      SELECT i.id, i.registered_at, i.occurred_at, i.kinds, i.department_id, d.name AS department_name, i.severity,
             i.status, i.confidential,
             (SELECT count(*) FROM incident_step s WHERE s.tenant_id = i.tenant_id AND s.incident_id = i.id
                AND s.status IN ('OPEN', 'IN_PROGRESS') AND s.due_at < :now) AS overdue,
             (%1$s) AS handles
        FROM incident i LEFT JOIN org_department d ON d.id = i.department_id
       WHERE i.tenant_id = :tenant AND i.anonymised_at IS NULL
         AND ((%1$s)""";

    /** The secretary's overview: every case that is not confidential and does not exclude them. */
    private static final String OVERVIEW =
            " OR (NOT i.confidential AND NOT (CAST(:vMe AS uuid) = ANY (i.excluded_users)))";

    /**
     * Search words and the perpetrator match only where the viewer handles the case: the overview shows neither the
     * description nor the perpetrator, so it must not be searched by them either.
     */
    private static final String TEXT = """

         AND (%s)
         AND (i.description_search @@ incident_search_query(:text)
              OR i.perpetrator_key = CAST(:perpetratorKey AS text))""";

    private final JdbcClient jdbc;

    CaseListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the list, plus one row more when another page follows. */
    List<IncidentSearch.Hit> find(
            UUID tenant, Viewer v, IncidentSearch.Criteria c, String perpetratorKey, Instant now) {
        return statement("", tenant, v, c, perpetratorKey, now)
                .query((rs, n) -> new IncidentSearch.Hit(
                        rs.getObject("id", UUID.class),
                        IncidentQueries.instant(rs, "registered_at"),
                        IncidentQueries.instant(rs, "occurred_at"),
                        IncidentQueries.strings(rs.getArray("kinds")),
                        rs.getObject("department_id", UUID.class),
                        rs.getString("department_name"),
                        rs.getString("severity"),
                        rs.getString("status"),
                        rs.getBoolean("confidential"),
                        rs.getInt("overdue"),
                        rs.getBoolean("handles")))
                .list();
    }

    /** The plan of {@link #find} as PostgreSQL runs it (EXPLAIN ANALYZE), for the benchmark. */
    List<String> explain(UUID tenant, Viewer v, IncidentSearch.Criteria c, String perpetratorKey, Instant now) {
        return statement("EXPLAIN (ANALYZE, BUFFERS) ", tenant, v, c, perpetratorKey, now)
                .query(String.class)
                .list();
    }

    private JdbcClient.StatementSpec statement(
            String prefix, UUID tenant, Viewer v, IncidentSearch.Criteria c, String perpetratorKey, Instant now) {
        StringBuilder sql = new StringBuilder(prefix).append(SELECT.formatted(Viewer.HANDLES));
        String work = WorkCounts.condition(c.work());
        if (v.secretary() && work == null) {
            sql.append(OVERVIEW);
        }
        sql.append(')');
        if (c.text() != null) {
            sql.append(TEXT.formatted(Viewer.HANDLES));
        }
        if (c.department() != null) {
            sql.append(" AND i.department_id = :department");
        }
        if (c.kind() != null) {
            sql.append(" AND CAST(:kind AS text) = ANY (i.kinds)");
        }
        if (c.from() != null) {
            sql.append(" AND i.occurred_at >= CAST(:from AS date)");
        }
        if (c.to() != null) {
            sql.append(" AND i.occurred_at < CAST(:to AS date) + 1");
        }
        if (c.status() != null) {
            sql.append(" AND i.status = :status");
        }
        if (c.overdue()) {
            sql.append("""

         AND EXISTS (SELECT 1 FROM incident_step o WHERE o.tenant_id = i.tenant_id AND o.incident_id = i.id
                      AND o.status IN ('OPEN', 'IN_PROGRESS') AND o.due_at < :now)""");
        }
        if (work != null) {
            sql.append("\n AND ").append(work);
        }
        sql.append("\n ORDER BY ").append(order(c.sort())).append(" LIMIT :limit OFFSET :offset");
        JdbcClient.StatementSpec spec = v.bind(jdbc.sql(sql.toString()))
                .param("tenant", tenant)
                .param("now", java.sql.Timestamp.from(now))
                .param("limit", c.pageSize() + 1)
                .param("offset", (c.page() - 1) * c.pageSize());
        if (work != null) {
            spec = WorkCounts.bind(spec, now);
        }
        if (c.text() != null) {
            spec = spec.param("text", c.text()).param("perpetratorKey", perpetratorKey);
        }
        if (c.department() != null) {
            spec = spec.param("department", c.department());
        }
        if (c.kind() != null) {
            spec = spec.param("kind", c.kind());
        }
        if (c.from() != null) {
            spec = spec.param("from", java.sql.Date.valueOf(c.from()));
        }
        if (c.to() != null) {
            spec = spec.param("to", java.sql.Date.valueOf(c.to()));
        }
        if (c.status() != null) {
            spec = spec.param("status", c.status());
        }
        return spec;
    }

    private static String order(IncidentSearch.Sort sort) {
        return switch (sort) {
            case NEWEST -> "i.registered_at DESC, i.id DESC";
            case OLDEST -> "i.registered_at, i.id";
            case OCCURRED -> "i.occurred_at DESC, i.id DESC";
            case SEVERITY ->
                "CASE i.severity WHEN 'CRITICAL' THEN 4 WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END DESC,"
                        + " i.registered_at DESC, i.id DESC";
        };
    }
}
