package nl.weerbaar.processes.analysis;

import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.processes.catalogue.Activities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The municipality's segregation-of-duty rules: the shipped ones and its own, each switchable on and off. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class RulesController {

    private final AnalysisService service;

    RulesController(AnalysisService service) {
        this.service = service;
    }

    @GetMapping("/processes/rules")
    String rules(Model model) {
        return rules(model, new FieldErrors(), Map.of());
    }

    @PostMapping("/processes/rules")
    String add(@RequestParam Map<String, String> f, Model model) {
        FieldErrors e = new FieldErrors();
        String name = e.text("name", f.get("name"), true, 160);
        String a = activity(e, "activityA", f.get("activityA"));
        String b = activity(e, "activityB", f.get("activityB"));
        if (e.any()) {
            return rules(model, e, f);
        }
        try {
            service.addRule(name, a, b);
        } catch (InvalidInputException refused) {
            return rules(model, refused.errors(), f);
        }
        return "redirect:/processes/rules";
    }

    @PostMapping("/processes/rules/{id}/toggle")
    String toggle(@PathVariable UUID id) {
        service.toggleRule(id);
        return "redirect:/processes/rules";
    }

    private static String activity(FieldErrors e, String field, String value) {
        String v = e.text(field, value, true, Activities.MAX_NAME);
        if (v != null && v.strip().length() < 2) {
            e.reject(field, "processes.error.activity");
            return null;
        }
        return v;
    }

    private String rules(Model model, FieldErrors e, Map<String, String> submitted) {
        AnalysisService.RuleSet set = service.rules();
        model.addAttribute("rules", set.rules())
                .addAttribute("activities", set.activities())
                .addAttribute("activityLabels", Activities.labels(set.activities()))
                .addAttribute("errors", e)
                .addAttribute("submitted", submitted);
        return "processes/rules";
    }
}
