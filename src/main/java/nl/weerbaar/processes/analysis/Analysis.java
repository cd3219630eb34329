package nl.weerbaar.processes.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.processes.catalogue.ProcessSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The who-can-do-what analysis, entirely in SQL: each finding kind is one INSERT … SELECT over the imported
 * data of the current municipality. A run replaces all findings; keys are stable, so actions made from a
 * finding still point at it after the next run. People count as active unless their end date has passed.
 */
@Service
public class Analysis {

    private static final String ACTIVE = "(p.end_date IS NULL OR p.end_date > current_date)";

    /** Kind → statement. Parameters: none except the langzitter threshold ({@code :years}). */
    static final Map<String, String> STATEMENTS = new LinkedHashMap<>();

    static {
        STATEMENTS.put("SOLE_STEP", """
        INSERT INTO proc_finding (tenant_id, finding_key, kind, process_id, step_id, person_id)
        SELECT current_tenant(), 'SOLE_STEP:' || s.id, 'SOLE_STEP', s.process_id, s.id, min(a.person_id::text)::uuid
          FROM proc_step s JOIN proc_step_auth a ON a.step_id = s.id JOIN proc_person p ON p.id = a.person_id
         WHERE %s GROUP BY s.id, s.process_id HAVING count(*) = 1""".formatted(ACTIVE));
        STATEMENTS.put("SOLE_PROCESS", """
        INSERT INTO proc_finding (tenant_id, finding_key, kind, process_id, person_id, detail)
        SELECT current_tenant(), 'SOLE_PROCESS:' || n.process_id || ':' || a.person_id, 'SOLE_PROCESS', n.process_id,
               a.person_id, n.steps::text
          FROM (SELECT process_id, count(*) steps FROM proc_step GROUP BY process_id HAVING count(*) >= 2) n
          JOIN proc_step s ON s.process_id = n.process_id JOIN proc_step_auth a ON a.step_id = s.id
          JOIN proc_person p ON p.id = a.person_id
         WHERE %s GROUP BY n.process_id, n.steps, a.person_id HAVING count(*) = n.steps""".formatted(ACTIVE));
        STATEMENTS.put("LONG_POSITION", """
        INSERT INTO proc_finding (tenant_id, finding_key, kind, person_id, years)
        SELECT current_tenant(), 'LONG_POSITION:' || p.id, 'LONG_POSITION', p.id,
               extract(year FROM age(current_date, p.start_date))::int
          FROM proc_person p
         WHERE %s AND p.start_date <= current_date - make_interval(years => :years)""".formatted(ACTIVE));
        STATEMENTS.put("LONG_PROCESS", """
        INSERT INTO proc_finding (tenant_id, finding_key, kind, process_id, person_id, years)
        SELECT current_tenant(), 'LONG_PROCESS:' || s.process_id || ':' || p.id, 'LONG_PROCESS', s.process_id, p.id,
               extract(year FROM age(current_date, min(a.since)))::int
          FROM proc_step_auth a JOIN proc_step s ON s.id = a.step_id JOIN proc_person p ON p.id = a.person_id
         WHERE %s AND a.since IS NOT NULL GROUP BY s.process_id, p.id
        HAVING min(a.since) <= current_date - make_interval(years => :years)""".formatted(ACTIVE));
        STATEMENTS.put("SOD_CONFLICT", """
        INSERT INTO proc_finding (tenant_id, finding_key, kind, process_id, person_id, rule_id)
        SELECT current_tenant(), 'SOD:' || r.id || ':' || a1.person_id, 'SOD_CONFLICT',
               min(s1.process_id::text)::uuid, a1.person_id, r.id
          FROM proc_sod_rule r
          JOIN proc_step s1 ON s1.activity = r.activity_a JOIN proc_step_auth a1 ON a1.step_id = s1.id
          JOIN proc_step s2 ON s2.activity = r.activity_b
          JOIN proc_step_auth a2 ON a2.step_id = s2.id AND a2.person_id = a1.person_id
          JOIN proc_person p ON p.id = a1.person_id
         WHERE r.active AND %s GROUP BY r.id, a1.person_id""".formatted(ACTIVE));
        STATEMENTS.put("BROAD_ACCESS", """
        INSERT INTO proc_finding (tenant_id, finding_key, kind, person_id, application_id, detail)
        SELECT current_tenant(), 'BROAD:' || x.person_id || ':' || x.application_id, 'BROAD_ACCESS', x.person_id,
               x.application_id, string_agg(x.access_right, ', ' ORDER BY x.access_right)
          FROM proc_access x JOIN proc_application a ON a.id = x.application_id AND a.sensitive
          JOIN proc_person p ON p.id = x.person_id
         WHERE %s AND NOT EXISTS (SELECT 1 FROM proc_position_need n
                                   WHERE n.position_id = p.position_id AND n.application_id = x.application_id)
         GROUP BY x.person_id, x.application_id""".formatted(ACTIVE));
        STATEMENTS.put("LEAVER_ACCESS", """
        INSERT INTO proc_finding (tenant_id, finding_key, kind, person_id, detail)
        SELECT current_tenant(), 'LEAVER:' || p.id, 'LEAVER_ACCESS', p.id, count(*)::text
          FROM proc_person p JOIN proc_access x ON x.person_id = p.id
         WHERE p.end_date <= current_date GROUP BY p.id""");
    }

    private final JdbcClient jdbc;
    private final ProcessSettings settings;
    private final AuditLog audit;

    Analysis(JdbcClient jdbc, ProcessSettings settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
    }

    /** Runs the full analysis for the current municipality; returns the number of findings per kind. */
    @Transactional
    public Map<String, Integer> run() {
        long start = System.nanoTime();
        int years = settings.current().langzitterYears();
        // Every statement reads the whole municipality: hash joins, never row-by-row probes on fresh tables.
        jdbc.sql("SET LOCAL enable_nestloop = off").update();
        jdbc.sql("SET LOCAL work_mem = '64MB'").update();
        jdbc.sql("DELETE FROM proc_finding").update();
        Map<String, Integer> counts = new LinkedHashMap<>();
        STATEMENTS.forEach((kind, sql) -> counts.put(
                kind,
                sql.contains(":years")
                        ? jdbc.sql(sql).param("years", years).update()
                        : jdbc.sql(sql).update()));
        int millis = (int) ((System.nanoTime() - start) / 1_000_000);
        jdbc.sql("""
        INSERT INTO proc_analysis_run (tenant_id, finished_at, millis) VALUES (?, now(), ?)
        ON CONFLICT (tenant_id) DO UPDATE SET finished_at = now(), millis = excluded.millis""").params(TenantContext.require(), millis).update();
        audit.record(AuditLog.Action.CREATE, "processes-analysis", null, "analysis run");
        return counts;
    }
}
