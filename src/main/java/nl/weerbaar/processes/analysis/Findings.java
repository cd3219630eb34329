package nl.weerbaar.processes.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads findings with what their reasons need, pseudonymised: no names of people are read here. */
@Repository
public class Findings {

    /** A finding with the names its reason mentions; {@code actionId} is set when an action was made from it. */
    public record Finding(
            UUID id,
            String key,
            String kind,
            UUID processId,
            String process,
            String step,
            UUID personId,
            String pseudonym,
            String position,
            String application,
            String rule,
            String detail,
            Integer years,
            LocalDate endDate,
            UUID actionId) {

        /** Arguments of the message {@code processes.reason.<kind>}. */
        public Object[] reasonArgs() {
            return new Object[] {pseudonym, process, step, position, application, rule, detail, years, endDate};
        }
    }

    public record Count(UUID id, String label, long findings) {}

    private static final String SELECT = """
      SELECT f.id, f.finding_key, f.kind, f.process_id, pr.name process, st.name step, f.person_id, pe.pseudonym,
             po.name position, ap.name application, ru.name rule, f.detail, f.years, pe.end_date, fa.action_id
        FROM proc_finding f
        LEFT JOIN proc_process pr ON pr.id = f.process_id
        LEFT JOIN proc_step st ON st.id = f.step_id
        LEFT JOIN proc_person pe ON pe.id = f.person_id
        LEFT JOIN proc_position po ON po.id = pe.position_id
        LEFT JOIN proc_application ap ON ap.id = f.application_id
        LEFT JOIN proc_sod_rule ru ON ru.id = f.rule_id
        LEFT JOIN proc_finding_action fa ON fa.finding_key = f.finding_key
       WHERE true""";

    private final JdbcClient jdbc;

    Findings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Findings of the latest run that no action was made from yet. */
    public long countWithoutAction() {
        return jdbc.sql("SELECT count(*) FROM proc_finding f WHERE NOT EXISTS (SELECT 1 FROM proc_finding_action a "
                        + "WHERE a.tenant_id = f.tenant_id AND a.finding_key = f.finding_key)")
                .query(Long.class)
                .single();
    }

    /** At most {@code limit} findings, filtered by kind, process and person where given (null: all). */
    public List<Finding> list(String kind, UUID process, UUID person, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> params = new ArrayList<>();
        if (kind != null) {
            sql.append(" AND f.kind = ?");
            params.add(kind);
        }
        if (process != null) {
            sql.append(" AND f.process_id = ?");
            params.add(process);
        }
        if (person != null) {
            sql.append(" AND f.person_id = ?");
            params.add(person);
        }
        sql.append(" ORDER BY f.kind, pr.name NULLS LAST, pe.pseudonym LIMIT ").append(limit);
        return jdbc.sql(sql.toString()).params(params).query(Findings::finding).list();
    }

    public Finding get(UUID id) {
        return jdbc.sql(SELECT + " AND f.id = ?")
                .param(id)
                .query(Findings::finding)
                .optional()
                .orElseThrow(() -> new NotFoundException("finding", id));
    }

    public Map<String, Long> countsByKind() {
        Map<String, Long> m = new java.util.LinkedHashMap<>();
        Analysis.STATEMENTS.keySet().forEach(k -> m.put(k, 0L));
        jdbc.sql("SELECT kind, count(*) FROM proc_finding GROUP BY kind").query(rs -> {
            m.put(rs.getString(1), rs.getLong(2));
        });
        return m;
    }

    public List<Count> perProcess() {
        return jdbc.sql("""
        SELECT pr.id, pr.name, count(*) FROM proc_finding f JOIN proc_process pr ON pr.id = f.process_id
         GROUP BY pr.id, pr.name ORDER BY count(*) DESC, pr.name LIMIT 50""")
                .query((rs, n) -> new Count(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)))
                .list();
    }

    public List<Count> perPerson() {
        return jdbc.sql("""
        SELECT pe.id, pe.pseudonym, count(*) FROM proc_finding f JOIN proc_person pe ON pe.id = f.person_id
         GROUP BY pe.id, pe.pseudonym ORDER BY count(*) DESC, pe.pseudonym LIMIT 50""")
                .query((rs, n) -> new Count(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** When the analysis last ran, or null. */
    public java.time.OffsetDateTime lastRun() {
        return jdbc.sql("SELECT finished_at FROM proc_analysis_run")
                .query(java.time.OffsetDateTime.class)
                .optional()
                .orElse(null);
    }

    void linkAction(String key, UUID actionId) {
        jdbc.sql("""
        INSERT INTO proc_finding_action (tenant_id, finding_key, action_id) VALUES (current_tenant(), ?, ?)
        ON CONFLICT (tenant_id, finding_key) DO NOTHING""").params(key, actionId).update();
    }

    private static Finding finding(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Finding(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, UUID.class),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, UUID.class),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                (Integer) rs.getObject(13),
                rs.getObject(14, LocalDate.class),
                rs.getObject(15, UUID.class));
    }
}
