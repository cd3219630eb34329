package nl.weerbaar.processes.analysis;

import java.util.Locale;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.processes.analysis.Findings.Finding;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

    private final Findings findings;
    private final Analysis analysis;
    private final ObjectProvider<ActionPlans> actions;
    private final MessageSource messages;
    private final AuditLog audit;

    FindingsController(
            Findings findings,
            Analysis analysis,
            ObjectProvider<ActionPlans> actions,
            MessageSource messages,
            AuditLog audit) {
        this.findings = findings;
        this.analysis = analysis;
        this.actions = actions;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/processes/findings")
    @Transactional
    String list(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) UUID process,
            @RequestParam(required = false) UUID person,
            Model model) {
        String k = kind != null && Analysis.STATEMENTS.containsKey(kind) ? kind : null;
        audit.read("processes-findings", person != null ? person : process, "findings overview");
        model.addAttribute("counts", findings.countsByKind())
                .addAttribute("perProcess", findings.perProcess())
                .addAttribute("perPerson", findings.perPerson())
                .addAttribute("lastRun", findings.lastRun())
                .addAttribute("findings", findings.list(k, process, person, LIMIT))
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
    @Transactional
    String toAction(@PathVariable UUID id, RedirectAttributes redirect) {
        Finding f = findings.get(id);
        if (f.actionId() != null) {
            redirect.addFlashAttribute("actionId", f.actionId());
            return "redirect:/processes/findings#finding-" + id;
        }
        ActionPlans plans = actions.getIfAvailable();
        if (plans == null) {
            redirect.addFlashAttribute("noActions", true);
            return "redirect:/processes/findings";
        }
        Locale nl = Locale.forLanguageTag("nl");
        String title = messages.getMessage("processes.action.title." + f.kind(), f.reasonArgs(), nl);
        String description = messages.getMessage("processes.reason." + f.kind(), f.reasonArgs(), nl) + "\n\n"
                + messages.getMessage("processes.action.description", null, nl);
        UUID actionId = plans.create(new ActionPlans.NewAction(
                title.length() > 200 ? title.substring(0, 200) : title,
                description,
                "processes",
                f.key(),
                null,
                null,
                ActionPlans.Priority.HIGH));
        findings.linkAction(f.key(), actionId);
        audit.record(AuditLog.Action.CREATE, "processes-finding-action", id, f.kind());
        redirect.addFlashAttribute("actionId", actionId);
        return "redirect:/processes/findings";
    }
}
