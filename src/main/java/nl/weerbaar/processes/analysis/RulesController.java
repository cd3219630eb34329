package nl.weerbaar.processes.analysis;

import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.processes.catalogue.ProcessSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The municipality's segregation-of-duty rules: the shipped ones and its own, each switchable on and off. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class RulesController {

    private final JdbcClient jdbc;
    private final ProcessSettings settings;
    private final AuditLog audit;

    RulesController(JdbcClient jdbc, ProcessSettings settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
    }

    @GetMapping("/processes/rules")
    @Transactional
    String rules(Model model) {
        return rules(model, new FieldErrors(), Map.of());
    }

    @PostMapping("/processes/rules")
    @Transactional
    String add(@RequestParam Map<String, String> f, Model model) {
        settings.current();
        FieldErrors e = new FieldErrors();
        String name = e.text("name", f.get("name"), true, 160);
        String a = activity(e, "activityA", f.get("activityA"));
        String b = activity(e, "activityB", f.get("activityB"));
        if (a != null && a.equals(b)) {
            e.reject("activityB", "processes.error.same-activity");
        } else if (a != null
                && b != null
                && jdbc.sql("""
        SELECT EXISTS (SELECT 1 FROM proc_sod_rule WHERE (activity_a, activity_b) IN ((?, ?), (?, ?)))""").params(a, b, b, a).query(Boolean.class).single()) {
            e.reject("activityB", "processes.error.rule-exists");
        }
        if (e.any()) {
            return rules(model, e, f);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO proc_sod_rule (id, tenant_id, name, activity_a, activity_b) VALUES (?, ?, ?, ?, ?)")
                .params(id, TenantContext.require(), name, a, b)
                .update();
        audit.record(AuditLog.Action.CREATE, "processes-sod-rule", id, "rule set");
        return "redirect:/processes/rules";
    }

    @PostMapping("/processes/rules/{id}/toggle")
    @Transactional
    String toggle(@PathVariable UUID id) {
        if (jdbc.sql("UPDATE proc_sod_rule SET active = NOT active WHERE id = ?")
                        .param(id)
                        .update()
                == 0) {
            throw new NotFoundException("rule", id);
        }
        audit.record(AuditLog.Action.UPDATE, "processes-sod-rule", id, "switched");
        return "redirect:/processes/rules";
    }

    private static String activity(FieldErrors e, String field, String value) {
        String v = e.text(field, value, true, 40);
        if (v != null && !v.matches("[A-Z0-9_]{2,40}")) {
            e.reject(field, "processes.error.activity");
            return null;
        }
        return v;
    }

    private String rules(Model model, FieldErrors e, Map<String, String> submitted) {
        settings.current();
        audit.read("processes-sod-rules", null, "rule set");
        model.addAttribute("rules", jdbc.sql("""
        SELECT r.id, r.name, r.activity_a, r.activity_b, r.active,
               (SELECT count(*) FROM proc_step s WHERE s.activity = r.activity_a) steps_a,
               (SELECT count(*) FROM proc_step s WHERE s.activity = r.activity_b) steps_b
          FROM proc_sod_rule r ORDER BY r.name""").query().listOfRows())
                .addAttribute("errors", e)
                .addAttribute("submitted", submitted);
        return "processes/rules";
    }
}
