package nl.weerbaar.processes.people;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Positions (with what makes them vulnerable and their screening requirement) and applications (with whether
 * they are sensitive) of the current municipality.
 */
@Repository
class Functions {

    /** A salary scale at or below this, combined with sensitive access, marks a position vulnerable. */
    static final int LOW_SCALE = 8;

    record Position(
            UUID id,
            String name,
            Integer salaryScale,
            boolean holdsMandate,
            boolean broadAccess,
            String screening,
            Integer screeningYears,
            boolean lowScaleSensitive,
            int people) {
        public boolean vulnerable() {
            return holdsMandate || broadAccess || lowScaleSensitive;
        }
    }

    record Application(UUID id, String code, String name, boolean sensitive, String ownerEmail) {}

    private final JdbcClient jdbc;

    Functions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Position> positions() {
        return jdbc.sql(POSITIONS + " ORDER BY p.name")
                .param(LOW_SCALE)
                .query(Functions::position)
                .list();
    }

    Position position(UUID id) {
        return jdbc.sql(POSITIONS + " AND p.id = ?")
                .params(LOW_SCALE, id)
                .query(Functions::position)
                .optional()
                .orElseThrow(() -> new NotFoundException("position", id));
    }

    void updatePosition(UUID id, boolean mandate, boolean broad, String screening, Integer years, Set<UUID> needs) {
        jdbc.sql("""
        UPDATE proc_position SET holds_mandate = ?, broad_access = ?, screening = ?, screening_years = ? WHERE id = ?""").params(mandate, broad, screening, years, id).update();
        jdbc.sql("DELETE FROM proc_position_need WHERE position_id = ?")
                .param(id)
                .update();
        for (UUID app : needs) {
            jdbc.sql("INSERT INTO proc_position_need (tenant_id, position_id, application_id) VALUES (?, ?, ?)")
                    .params(TenantContext.require(), id, app)
                    .update();
        }
    }

    Set<UUID> needs(UUID positionId) {
        return Set.copyOf(jdbc.sql("SELECT application_id FROM proc_position_need WHERE position_id = ?")
                .param(positionId)
                .query(UUID.class)
                .list());
    }

    List<Application> applications() {
        return jdbc.sql("SELECT id, code, name, sensitive, owner_email FROM proc_application ORDER BY name")
                .query((rs, n) -> new Application(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getString(5)))
                .list();
    }

    boolean applicationCodeTaken(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM proc_application WHERE lower(code) = lower(?))")
                .param(code)
                .query(Boolean.class)
                .single();
    }

    UUID addApplication(String code, String name, boolean sensitive, String ownerEmail) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
        INSERT INTO proc_application (id, tenant_id, code, name, sensitive, owner_email) VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, TenantContext.require(), code, name, sensitive, ownerEmail)
                .update();
        return id;
    }

    private static final String POSITIONS = """
      SELECT p.*, (SELECT count(*) FROM proc_person pe WHERE pe.position_id = p.id AND pe.end_date IS NULL) people,
             coalesce(p.salary_scale <= ? AND (
               EXISTS (SELECT 1 FROM proc_position_need n JOIN proc_application a ON a.id = n.application_id
                        WHERE n.position_id = p.id AND a.sensitive)
               OR EXISTS (SELECT 1 FROM proc_person pe JOIN proc_access x ON x.person_id = pe.id
                            JOIN proc_application a ON a.id = x.application_id
                           WHERE pe.position_id = p.id AND a.sensitive)), false) low_sensitive
        FROM proc_position p WHERE true""";

    private static Position position(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Position(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                (Integer) rs.getObject("salary_scale"),
                rs.getBoolean("holds_mandate"),
                rs.getBoolean("broad_access"),
                rs.getString("screening"),
                (Integer) rs.getObject("screening_years"),
                rs.getBoolean("low_sensitive"),
                rs.getInt("people"));
    }
}
