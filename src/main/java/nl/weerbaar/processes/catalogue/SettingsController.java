package nl.weerbaar.processes.catalogue;

import java.util.Map;
import nl.weerbaar.platform.FieldErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Size of the risk matrix and the langzitter threshold. A matrix cannot shrink below existing assessments. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class SettingsController {

    private final ProcessService service;

    SettingsController(ProcessService service) {
        this.service = service;
    }

    @GetMapping("/processes/settings")
    String page(Model model) {
        var s = service.settings();
        model.addAttribute(
                        "values",
                        Map.of(
                                "likelihoodLevels",
                                String.valueOf(s.likelihoodLevels()),
                                "impactLevels",
                                String.valueOf(s.impactLevels()),
                                "langzitterYears",
                                String.valueOf(s.langzitterYears())))
                .addAttribute("errors", new FieldErrors());
        return "processes/settings";
    }

    @PostMapping("/processes/settings")
    String save(@RequestParam Map<String, String> f, Model model) {
        service.settings();
        FieldErrors e = new FieldErrors();
        int l = e.number("likelihoodLevels", f.get("likelihoodLevels"), 3, 10);
        int i = e.number("impactLevels", f.get("impactLevels"), 3, 10);
        int y = e.number("langzitterYears", f.get("langzitterYears"), 1, 40);
        if (!e.any()) {
            Catalogue.Score max = service.highestScores();
            if (l < max.likelihood()) {
                e.reject("likelihoodLevels", "processes.error.matrix-shrink");
            }
            if (i < max.impact()) {
                e.reject("impactLevels", "processes.error.matrix-shrink");
            }
        }
        if (e.any()) {
            model.addAttribute("values", f).addAttribute("errors", e);
            return "processes/settings";
        }
        service.updateSettings(l, i, y);
        return "redirect:/processes/settings?saved";
    }
}
