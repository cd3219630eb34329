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
      SELECT i.id, i.case_number, i.registered_at, i.occurred_at, i.kinds, i.department_id, d.name AS department_name, i.severity,
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

    /**
     * A case number matches whatever the viewer may see, the overview included (the list shows it): the number itself,
     * or every number that starts with what was typed (byte-wise, on {@code incident_case_number_prefix_idx}).
     */
    private static final String NUMBER = """

         AND ((i.case_year = :numberYear AND i.case_seq = CAST(:numberSeq AS integer))
              OR (i.case_number ~>=~ :numberFrom AND i.case_number ~<~ :numberTo))""";

    private final JdbcClient jdbc;

    CaseListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many of the newest cases the list looks at to judge how common the search words are. */
    static final int SAMPLE = 2000;

    /** From this many matches among the {@link #SAMPLE} newest cases on, the list walks newest first. */
    static final int WALK_FROM = 5;

    /**
     * Chooses the plan of the list for this transaction. Always a plan for the actual values, and no JIT: the JDBC
     * driver prepares a statement on the server after five runs, and PostgreSQL may then keep one generic plan, which
     * cannot know how common a word is nor that the viewer is the coordinator (it walked 80,000 matches of a common
     * word through a bitmap, 2.3 s over a million cases; the JIT its cost set off took 570 ms of that). With search
     * words, PostgreSQL cannot estimate how many cases a prefix query matches (it guessed 19,000 for a word found
     * nowhere, and walked all million cases newest first, 13 s). So the list looks at the newest {@link #SAMPLE} cases
     * first: where the words occur in at least {@link #WALK_FROM} of them, walking the cases newest first finds a page
     * soon; where they are rarer, the GIN index fetches every match and they are sorted.
     */
    private void choosePlan(UUID tenant, IncidentSearch.Criteria c, IncidentSearch.NumberQuery number, String key) {
        jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true), set_config('jit', 'off', true)")
                .query()
                .listOfRows();
        if (c.text() == null || number != null) {
            return;
        }
        int matches = jdbc.sql("""
        SELECT count(*) FROM (SELECT i.description_search, i.perpetrator_key FROM incident i WHERE i.tenant_id = :tenant
                               ORDER BY i.registered_at DESC LIMIT :sample) i
         WHERE i.description_search @@ incident_search_query(:text) OR i.perpetrator_key = CAST(:perpetratorKey AS text)""")
                .param("tenant", tenant)
                .param("text", c.text())
                .param("perpetratorKey", key)
                .param("sample", SAMPLE)
                .query(Integer.class)
                .single();
        boolean walk = matches >= WALK_FROM;
        jdbc.sql("SELECT set_config('enable_indexscan', :index, true), set_config('enable_bitmapscan', :bitmap, true)")
                .param("index", walk ? "on" : "off")
                .param("bitmap", walk ? "off" : "on")
                .query()
                .listOfRows();
    }

    /** The rest of the transaction plans as usual. */
    private void resetPlan() {
        jdbc.sql("SELECT set_config('enable_indexscan', 'on', true), set_config('enable_bitmapscan', 'on', true)")
                .query()
                .listOfRows();
    }

    /** One page of the list, plus one row more when another page follows; needs a transaction. */
    List<IncidentSearch.Hit> find(
            UUID tenant,
            Viewer v,
            IncidentSearch.Criteria c,
            IncidentSearch.NumberQuery number,
            String perpetratorKey,
            Instant now) {
        choosePlan(tenant, c, number, perpetratorKey);
        List<IncidentSearch.Hit> hits = statement("", tenant, v, c, number, perpetratorKey, now)
                .query((rs, n) -> new IncidentSearch.Hit(
                        rs.getObject("id", UUID.class),
                        rs.getString("case_number"),
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
        resetPlan();
        return hits;
    }

    /** The plan of {@link #find} as PostgreSQL runs it (EXPLAIN ANALYZE), for the benchmark. */
    List<String> explain(
            UUID tenant,
            Viewer v,
            IncidentSearch.Criteria c,
            IncidentSearch.NumberQuery number,
            String perpetratorKey,
            Instant now) {
        choosePlan(tenant, c, number, perpetratorKey);
        List<String> plan = statement("EXPLAIN (ANALYZE, BUFFERS) ", tenant, v, c, number, perpetratorKey, now)
                .query(String.class)
                .list();
        resetPlan();
        return plan;
    }

    private JdbcClient.StatementSpec statement(
            String prefix,
            UUID tenant,
            Viewer v,
            IncidentSearch.Criteria c,
            IncidentSearch.NumberQuery number,
            String perpetratorKey,
            Instant now) {
        StringBuilder sql = new StringBuilder(prefix).append(SELECT.formatted(Viewer.HANDLES));
        String work = WorkCounts.condition(c.work());
        if (v.secretary() && work == null) {
            sql.append(OVERVIEW);
        }
        sql.append(')');
        if (number != null) {
            sql.append(NUMBER);
        } else if (c.text() != null) {
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
            sql.append("\n AND ").append(WorkCounts.STEP_OVERDUE);
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
        if (work != null || c.overdue()) {
            spec = WorkCounts.bind(spec, now);
        }
        if (number != null) {
            spec = spec.param("numberYear", number.year())
                    .param("numberSeq", number.sequence())
                    .param("numberFrom", number.from())
                    .param("numberTo", number.to());
        } else if (c.text() != null) {
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
