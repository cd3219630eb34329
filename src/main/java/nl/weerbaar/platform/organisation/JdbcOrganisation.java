package nl.weerbaar.platform.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link Organisation} on the platform tables; row-level security limits every query to the current municipality. */
@Service
class JdbcOrganisation implements Organisation {

    private static final String PERSON = """
      SELECT u.id, u.username, u.display_name, u.email, u.department_id, u.position_id, u.confidant_scope
        FROM app_user u""";

    private final JdbcClient jdbc;

    JdbcOrganisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Department> departments() {
        return jdbc.sql("SELECT id, code, name FROM department ORDER BY name")
                .query(Department.class)
                .list();
    }

    @Override
    public Optional<Department> department(UUID id) {
        return jdbc.sql("SELECT id, code, name FROM department WHERE id = ?")
                .param(id)
                .query(Department.class)
                .optional();
    }

    @Override
    public List<Position> positions() {
        return jdbc.sql("SELECT id, name, salary_scale, holds_mandate, political_office FROM position ORDER BY name")
                .query(Position.class)
                .list();
    }

    @Override
    public Optional<Position> position(UUID id) {
        return jdbc.sql("SELECT id, name, salary_scale, holds_mandate, political_office FROM position WHERE id = ?")
                .param(id)
                .query(Position.class)
                .optional();
    }

    @Override
    public Optional<Person> person(UUID id) {
        return jdbc.sql(PERSON + " WHERE u.id = ?")
                .param(id)
                .query(Person.class)
                .optional();
    }

    @Override
    public List<Person> withRole(Role role, UUID departmentId) {
        return jdbc.sql(PERSON + """
         JOIN user_role r ON r.user_id = u.id
        WHERE r.role = ? AND u.enabled AND (CAST(? AS uuid) IS NULL OR u.department_id = ?)
        ORDER BY u.display_name""")
                .params(role.name(), departmentId, departmentId)
                .query(Person.class)
                .list();
    }
}
