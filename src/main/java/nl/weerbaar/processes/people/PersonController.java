package nl.weerbaar.processes.people;

import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.processes.analysis.Findings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The one page where a person's real name is shown, next to their steps, access rights and findings. Every
 * view is recorded in the audit log with the person's id.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class PersonController {

    private final JdbcClient jdbc;
    private final Findings findings;
    private final AuditLog audit;

    PersonController(JdbcClient jdbc, Findings findings, AuditLog audit) {
        this.jdbc = jdbc;
        this.findings = findings;
        this.audit = audit;
    }

    @GetMapping("/processes/people/{id}")
    @Transactional
    String person(@PathVariable UUID id, Model model) {
        var person = jdbc.sql("""
        SELECT pe.id, pe.employee_no, pe.pseudonym, pe.name, pe.email, pe.department, pe.start_date, pe.end_date,
               po.name position, po.id position_id
          FROM proc_person pe LEFT JOIN proc_position po ON po.id = pe.position_id WHERE pe.id = ?""").param(id).query().listOfRows().stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("person", id));
        audit.read("processes-person", id, "person detail with name");
        model.addAttribute("person", person)
                .addAttribute("steps", jdbc.sql("""
            SELECT pr.name process, s.code, s.name step, a.since FROM proc_step_auth a
              JOIN proc_step s ON s.id = a.step_id JOIN proc_process pr ON pr.id = s.process_id
             WHERE a.person_id = ? ORDER BY pr.name, s.seq""").param(id).query().listOfRows())
                .addAttribute("access", jdbc.sql("""
            SELECT ap.name application, ap.sensitive, string_agg(x.access_right, ', ' ORDER BY x.access_right) rights
              FROM proc_access x JOIN proc_application ap ON ap.id = x.application_id
             WHERE x.person_id = ? GROUP BY ap.name, ap.sensitive ORDER BY ap.name""").param(id).query().listOfRows())
                .addAttribute("findings", findings.list(null, null, id, 200));
        return "processes/person";
    }
}
