package nl.weerbaar.incidents.web;

import java.util.UUID;
import nl.weerbaar.incidents.core.FollowUpService;
import nl.weerbaar.incidents.core.IncidentQueries;
import nl.weerbaar.incidents.core.Viewer;
import nl.weerbaar.platform.CaseRead;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My reports": the reporter's own reports with the status of the case and the feedback given, and a way to
 * add information later. Shows no handler notes other than the feedback meant for the reporter.
 */
@Controller
@PreAuthorize("hasRole('EMPLOYEE')")
class MyReportsController {

    private final IncidentQueries queries;
    private final nl.weerbaar.incidents.core.Attachments attachments;
    private final FollowUpService followUp;
    private final Organisation organisation;

    MyReportsController(
            IncidentQueries queries,
            nl.weerbaar.incidents.core.Attachments attachments,
            FollowUpService followUp,
            Organisation organisation) {
        this.queries = queries;
        this.attachments = attachments;
        this.followUp = followUp;
        this.organisation = organisation;
    }

    @GetMapping("/incidents/mine")
    String mine(Model model) {
        model.addAttribute("rows", queries.mine(CurrentUser.require().userId()));
        return "incidents/mine";
    }

    @GetMapping("/incidents/mine/{id}")
    @CaseRead("incident")
    String report(@PathVariable UUID id, Model model) {
        return page(id, model, new FieldErrors(), null);
    }

    @PostMapping("/incidents/mine/{id}/additions")
    String add(@PathVariable UUID id, @RequestParam(required = false) String text, Model model) {
        try {
            followUp.addInformation(id, text, viewer());
        } catch (InvalidInputException e) {
            return page(id, model, e.errors(), text);
        }
        return "redirect:/incidents/mine/" + id + "?added";
    }

    private String page(UUID id, Model model, FieldErrors errors, String text) {
        Viewer v = viewer();
        IncidentQueries.Detail d = queries.detail(id, v, "my-report");
        UUID me = v.userId();
        if (!me.equals(d.reporterId()) && !me.equals(d.registeredBy())) {
            throw new NotFoundException("incident", id);
        }
        model.addAttribute("incident", d);
        model.addAttribute(
                "feedback",
                queries.steps(id).stream()
                        .filter(s -> "FEEDBACK".equals(s.step()) && "DONE".equals(s.status()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("additions", queries.additions(id));
        model.addAttribute("attachments", attachments.list(id));
        model.addAttribute("errors", errors);
        model.addAttribute("text", text);
        return "incidents/my-report";
    }

    private Viewer viewer() {
        return Viewer.of(CurrentUser.require(), organisation);
    }
}
