package nl.weerbaar.processes.catalogue;

import java.util.Map;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.FieldErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Size of the risk matrix and the langzitter threshold. A matrix cannot shrink below existing assessments. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class SettingsController {

    private final ProcessSettings settings;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    SettingsController(ProcessSettings settings, JdbcClient jdbc, AuditLog audit) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @GetMapping("/processes/settings")
    @Transactional
    String page(Model model) {
        var s = settings.current();
        model.addAttribute(
                        "values",
                        Map.of(
                                "likelihoodLevels",
                                String.valueOf(s.likelihoodLevels()),
                                "impactLevels",
                                String.valueOf(s.impactLevels()),
                                "langzitterYears",
                                String.valueOf(s.langzitterYears())))
                .addAttribute("errors", Map.of());
        return "processes/settings";
    }

    @PostMapping("/processes/settings")
    @Transactional
    String save(@RequestParam Map<String, String> f, Model model) {
        settings.current();
        FieldErrors e = new FieldErrors();
        int l = e.number("likelihoodLevels", f.get("likelihoodLevels"), 3, 10);
        int i = e.number("impactLevels", f.get("impactLevels"), 3, 10);
        int y = e.number("langzitterYears", f.get("langzitterYears"), 1, 40);
        if (!e.any()) {
            int[] max = jdbc.sql("SELECT coalesce(max(likelihood), 0), coalesce(max(impact), 0) FROM proc_assessment")
                    .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)})
                    .single();
            if (l < max[0]) {
                e.reject("likelihoodLevels", "processes.error.matrix-shrink");
            }
            if (i < max[1]) {
                e.reject("impactLevels", "processes.error.matrix-shrink");
            }
        }
        if (e.any()) {
            model.addAttribute("values", f).addAttribute("errors", e);
            return "processes/settings";
        }
        settings.update(l, i, y);
        audit.record(AuditLog.Action.UPDATE, "processes-settings", null, "matrix and thresholds");
        return "redirect:/processes/settings?saved";
    }
}
