package nl.weerbaar.platform.admin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Departments of the current municipality (row-level security limits every statement to it). */
@Repository
class Departments {

    /** A department with the number of users in it. */
    record Row(UUID id, String code, String name, long users) {}

    private static final String SELECT = """
      SELECT d.id, d.code, d.name, (SELECT count(*) FROM app_user u WHERE u.tenant_id = d.tenant_id
                                      AND u.department_id = d.id) AS users
        FROM department d""";

    private final JdbcClient jdbc;

    Departments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> all() {
        return jdbc.sql(SELECT + " ORDER BY d.name").query(Row.class).list();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE d.id = ?").param(id).query(Row.class).optional();
    }

    Optional<Row> byCode(String code) {
        return jdbc.sql(SELECT + " WHERE lower(d.code) = lower(?)")
                .param(code)
                .query(Row.class)
                .optional();
    }

    boolean codeTaken(String code, UUID except) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM department WHERE lower(code) = lower(?) AND id IS DISTINCT FROM ?)")
                .params(code, except)
                .query(Boolean.class)
                .single();
    }

    boolean nameTaken(String name, UUID except) {
        return jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM department WHERE lower(name) = lower(?) AND id IS DISTINCT FROM ?)")
                .params(name, except)
                .query(Boolean.class)
                .single();
    }

    UUID create(String code, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO department (id, tenant_id, code, name) VALUES (?, ?, ?, ?)")
                .params(id, TenantContext.require(), code, name)
                .update();
        return id;
    }

    void update(UUID id, String code, String name) {
        jdbc.sql("UPDATE department SET code = ?, name = ? WHERE id = ?")
                .params(code, name, id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM department WHERE id = ?").param(id).update();
    }
}
