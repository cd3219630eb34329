package nl.weerbaar.platform.admin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Positions of the current municipality (row-level security limits every statement to it). */
@Repository
class Positions {

    /** A position with the number of users holding it; {@code salaryScale} may be null. */
    record Row(UUID id, String name, Integer salaryScale, boolean holdsMandate, boolean politicalOffice, long users) {}

    private static final String SELECT = """
      SELECT p.id, p.name, p.salary_scale, p.holds_mandate, p.political_office,
             (SELECT count(*) FROM app_user u WHERE u.tenant_id = p.tenant_id AND u.position_id = p.id) AS users
        FROM position p""";

    private final JdbcClient jdbc;

    Positions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> all() {
        return jdbc.sql(SELECT + " ORDER BY p.name").query(Row.class).list();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(Row.class).optional();
    }

    Optional<Row> byName(String name) {
        return jdbc.sql(SELECT + " WHERE lower(p.name) = lower(?)")
                .param(name)
                .query(Row.class)
                .optional();
    }

    boolean nameTaken(String name, UUID except) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM position WHERE lower(name) = lower(?) AND id IS DISTINCT FROM ?)")
                .params(name, except)
                .query(Boolean.class)
                .single();
    }

    UUID create(PositionForm f) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
        INSERT INTO position (id, tenant_id, name, salary_scale, holds_mandate, political_office)
        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        TenantContext.require(),
                        f.getName(),
                        f.getSalaryScale(),
                        f.isHoldsMandate(),
                        f.isPoliticalOffice())
                .update();
        return id;
    }

    void update(UUID id, PositionForm f) {
        jdbc.sql("UPDATE position SET name = ?, salary_scale = ?, holds_mandate = ?, political_office = ? WHERE id = ?")
                .params(f.getName(), f.getSalaryScale(), f.isHoldsMandate(), f.isPoliticalOffice(), id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM position WHERE id = ?").param(id).update();
    }
}
