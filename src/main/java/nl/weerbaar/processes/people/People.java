package nl.weerbaar.processes.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The imported people of the current municipality with their steps and access rights, and the import log. */
@Repository
class People {

    /** A person with their real name, as the person page shows them. Nullable: email, department, end date, position. */
    record Person(
            UUID id,
            String employeeNo,
            String pseudonym,
            String name,
            String email,
            String department,
            LocalDate startDate,
            LocalDate endDate,
            String position,
            UUID positionId) {}

    /** A step the person is authorised for. {@code since} may be null. */
    record StepAuthorisation(String process, String code, String step, LocalDate since) {}

    /** The rights of the person in one application, joined with commas. */
    record Access(String application, boolean sensitive, String rights) {}

    /** One import of the log. */
    record Import(String kind, int rows, String encoding, Instant importedAt) {}

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Person> person(UUID id) {
        return jdbc.sql("""
        SELECT pe.id, pe.employee_no, pe.pseudonym, pe.name, pe.email, pe.department, pe.start_date, pe.end_date,
               po.name position, po.id position_id
          FROM proc_person pe LEFT JOIN proc_position po ON po.id = pe.position_id WHERE pe.id = ?""")
                .param(id)
                .query((rs, n) -> new Person(
                        rs.getObject("id", UUID.class),
                        rs.getString("employee_no"),
                        rs.getString("pseudonym"),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("department"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getString("position"),
                        rs.getObject("position_id", UUID.class)))
                .optional();
    }

    List<StepAuthorisation> steps(UUID personId) {
        return jdbc.sql("""
            SELECT pr.name process, s.code, s.name step, a.since FROM proc_step_auth a
              JOIN proc_step s ON s.id = a.step_id JOIN proc_process pr ON pr.id = s.process_id
             WHERE a.person_id = ? ORDER BY pr.name, s.seq""")
                .param(personId)
                .query((rs, n) -> new StepAuthorisation(
                        rs.getString("process"),
                        rs.getString("code"),
                        rs.getString("step"),
                        rs.getObject("since", LocalDate.class)))
                .list();
    }

    List<Access> access(UUID personId) {
        return jdbc.sql("""
            SELECT ap.name application, ap.sensitive, string_agg(x.access_right, ', ' ORDER BY x.access_right) rights
              FROM proc_access x JOIN proc_application ap ON ap.id = x.application_id
             WHERE x.person_id = ? GROUP BY ap.name, ap.sensitive ORDER BY ap.name""")
                .param(personId)
                .query((rs, n) ->
                        new Access(rs.getString("application"), rs.getBoolean("sensitive"), rs.getString("rights")))
                .list();
    }

    /** The last ten imports, newest first. */
    List<Import> lastImports() {
        return jdbc.sql("""
            SELECT kind, rows, encoding, imported_at FROM proc_import ORDER BY imported_at DESC LIMIT 10""")
                .query((rs, n) -> new Import(
                        rs.getString("kind"),
                        rs.getInt("rows"),
                        rs.getString("encoding"),
                        rs.getObject("imported_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
