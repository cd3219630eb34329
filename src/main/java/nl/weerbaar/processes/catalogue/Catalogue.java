package nl.weerbaar.processes.catalogue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The municipality's processes with steps, assessments and controls. All queries run under row-level security. */
@Repository
class Catalogue {

    enum Kind {
        INHERENT,
        CURRENT,
        RESIDUAL
    }

    enum ControlType {
        FOUR_EYES,
        SEGREGATION,
        ROTATION,
        SCREENING,
        DEPERSONALISED,
        PROTOCOL,
        LOGGING
    }

    record Process(
            UUID id,
            String mainCode,
            String vngCode,
            String bibobCode,
            String name,
            String owner,
            String department,
            String dimOrigin,
            String dimIntent,
            String dimCause) {}

    record Score(int likelihood, int impact) {}

    record Step(UUID id, String code, String name, String activity, int seq) {}

    record Control(String type, String effectiveness, LocalDate lastTestDate, Boolean lastTestOk, String note) {}

    record Row(Process process, Score inherent, Score current, Score residual) {}

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> referenceCodes(String scheme) {
        return jdbc.sql("SELECT code FROM proc_reference_group WHERE scheme = ? ORDER BY sort")
                .param(scheme)
                .query(String.class)
                .list();
    }

    List<Row> rows() {
        return jdbc.sql("""
        SELECT p.*, i.likelihood il, i.impact ii, c.likelihood cl, c.impact ci, r.likelihood rl, r.impact ri
          FROM proc_process p
          LEFT JOIN proc_assessment i ON i.process_id = p.id AND i.kind = 'INHERENT'
          LEFT JOIN proc_assessment c ON c.process_id = p.id AND c.kind = 'CURRENT'
          LEFT JOIN proc_assessment r ON r.process_id = p.id AND r.kind = 'RESIDUAL'
         ORDER BY p.name""")
                .query((rs, n) ->
                        new Row(process(rs), score(rs, "il", "ii"), score(rs, "cl", "ci"), score(rs, "rl", "ri")))
                .list();
    }

    Process get(UUID id) {
        return jdbc.sql("SELECT * FROM proc_process WHERE id = ?")
                .param(id)
                .query((rs, n) -> process(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("process", id));
    }

    UUID create(Process p) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
        INSERT INTO proc_process (id, tenant_id, main_code, vng_code, bibob_code, name, owner, department,
                                  dim_origin, dim_intent, dim_cause) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        TenantContext.require(),
                        p.mainCode(),
                        p.vngCode(),
                        p.bibobCode(),
                        p.name(),
                        p.owner(),
                        p.department(),
                        p.dimOrigin(),
                        p.dimIntent(),
                        p.dimCause())
                .update();
        return id;
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM proc_process WHERE lower(name) = lower(?))")
                .param(name)
                .query(Boolean.class)
                .single();
    }

    void updateDimensions(UUID id, String origin, String intent, String cause) {
        jdbc.sql("UPDATE proc_process SET dim_origin = ?, dim_intent = ?, dim_cause = ? WHERE id = ?")
                .params(origin, intent, cause, id)
                .update();
    }

    Map<Kind, Score> scores(UUID processId) {
        Map<Kind, Score> m = new EnumMap<>(Kind.class);
        jdbc.sql("SELECT kind, likelihood, impact FROM proc_assessment WHERE process_id = ?")
                .param(processId)
                .query(rs -> {
                    m.put(Kind.valueOf(rs.getString(1)), new Score(rs.getInt(2), rs.getInt(3)));
                });
        return m;
    }

    void assess(UUID processId, Kind kind, Score s) {
        jdbc.sql("""
        INSERT INTO proc_assessment (tenant_id, process_id, kind, likelihood, impact) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (process_id, kind) DO UPDATE SET likelihood = excluded.likelihood, impact = excluded.impact,
               assessed_at = now()""")
                .params(TenantContext.require(), processId, kind.name(), s.likelihood(), s.impact())
                .update();
    }

    List<Step> steps(UUID processId) {
        return jdbc.sql("SELECT id, code, name, activity, seq FROM proc_step WHERE process_id = ? ORDER BY seq, code")
                .param(processId)
                .query((rs, n) -> new Step(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    boolean stepCodeTaken(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM proc_step WHERE lower(code) = lower(?))")
                .param(code)
                .query(Boolean.class)
                .single();
    }

    void addStep(UUID processId, String code, String name, String activity) {
        jdbc.sql("""
        INSERT INTO proc_step (id, tenant_id, process_id, code, name, activity, seq)
        VALUES (?, ?, ?, ?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM proc_step WHERE process_id = ?))""")
                .params(UUID.randomUUID(), TenantContext.require(), processId, code, name, activity, processId)
                .update();
    }

    List<Control> controls(UUID processId) {
        return jdbc.sql("""
        SELECT type, effectiveness, last_test_date, last_test_ok, note FROM proc_control WHERE process_id = ?
         ORDER BY type""")
                .param(processId)
                .query((rs, n) -> new Control(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        (Boolean) rs.getObject(4),
                        rs.getString(5)))
                .list();
    }

    void saveControl(UUID processId, Control c) {
        jdbc.sql("""
        INSERT INTO proc_control (id, tenant_id, process_id, type, effectiveness, last_test_date, last_test_ok, note)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (process_id, type) DO UPDATE SET effectiveness = excluded.effectiveness,
               last_test_date = excluded.last_test_date, last_test_ok = excluded.last_test_ok, note = excluded.note""")
                .params(
                        UUID.randomUUID(),
                        TenantContext.require(),
                        processId,
                        c.type(),
                        c.effectiveness(),
                        c.lastTestDate(),
                        c.lastTestOk(),
                        c.note())
                .update();
    }

    /** The highest likelihood and the highest impact of any assessment (0 when there is none). */
    Score highestScores() {
        return jdbc.sql("SELECT coalesce(max(likelihood), 0), coalesce(max(impact), 0) FROM proc_assessment")
                .query((rs, n) -> new Score(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    /** Number of processes per (likelihood, impact) cell for one kind of assessment. */
    /** A process's name with one of its scores. */
    record Scored(String name, Score score) {}

    /** The {@code limit} processes with the highest score of {@code kind} (likelihood × impact), highest first. */
    List<Scored> highest(Kind kind, int limit) {
        return jdbc.sql("""
        SELECT p.name, a.likelihood, a.impact FROM proc_assessment a JOIN proc_process p ON p.id = a.process_id
         WHERE a.kind = ? ORDER BY a.likelihood * a.impact DESC, a.impact DESC, p.name LIMIT ?""")
                .params(kind.name(), limit)
                .query((rs, n) -> new Scored(rs.getString(1), new Score(rs.getInt(2), rs.getInt(3))))
                .list();
    }

    Map<Score, Integer> heat(Kind kind) {
        Map<Score, Integer> m = new java.util.HashMap<>();
        jdbc.sql("SELECT likelihood, impact, count(*) FROM proc_assessment WHERE kind = ? GROUP BY 1, 2")
                .param(kind.name())
                .query(rs -> {
                    m.put(new Score(rs.getInt(1), rs.getInt(2)), rs.getInt(3));
                });
        return m;
    }

    private static Process process(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Process(
                rs.getObject("id", UUID.class),
                rs.getString("main_code"),
                rs.getString("vng_code"),
                rs.getString("bibob_code"),
                rs.getString("name"),
                rs.getString("owner"),
                rs.getString("department"),
                rs.getString("dim_origin"),
                rs.getString("dim_intent"),
                rs.getString("dim_cause"));
    }

    private static Score score(java.sql.ResultSet rs, String l, String i) throws java.sql.SQLException {
        int likelihood = rs.getInt(l);
        return rs.wasNull() ? null : new Score(likelihood, rs.getInt(i));
    }
}
