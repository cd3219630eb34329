package nl.weerbaar.processes.analysis;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The findings of the analysis per kind, per process and per person, each of which can become an action. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class FindingsController {

    static final int LIMIT = 200;

    private final AnalysisService service;
    private final Analysis analysis;

    FindingsController(AnalysisService service, Analysis analysis) {
        this.service = service;
        this.analysis = analysis;
    }

    @GetMapping("/processes/findings")
    String list(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) UUID process,
            @RequestParam(required = false) UUID person,
            Model model) {
        String k = kind != null && Analysis.STATEMENTS.containsKey(kind) ? kind : null;
        AnalysisService.Overview o = service.findings(k, process, person, LIMIT);
        model.addAttribute("counts", o.counts())
                .addAttribute("perProcess", o.perProcess())
                .addAttribute("perPerson", o.perPerson())
                .addAttribute("lastRun", o.lastRun())
                .addAttribute("findings", o.findings())
                .addAttribute("limit", LIMIT)
                .addAttribute("kind", k)
                .addAttribute("process", process)
                .addAttribute("person", person)
                .addAttribute("kinds", Analysis.STATEMENTS.keySet());
        return "processes/findings";
    }

    @PostMapping("/processes/analysis")
    String run(RedirectAttributes redirect) {
        var counts = analysis.run();
        redirect.addFlashAttribute(
                "ran", counts.values().stream().mapToInt(Integer::intValue).sum());
        return "redirect:/processes/findings";
    }

    @PostMapping("/processes/findings/{id}/action")
    String toAction(@PathVariable UUID id, RedirectAttributes redirect) {
        AnalysisService.LinkedAction action = service.toAction(id);
        if (action == null) {
            redirect.addFlashAttribute("noActions", true);
            return "redirect:/processes/findings";
        }
        redirect.addFlashAttribute("actionId", action.actionId());
        return action.existing() ? "redirect:/processes/findings#finding-" + id : "redirect:/processes/findings";
    }
}
