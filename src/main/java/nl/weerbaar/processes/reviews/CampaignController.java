package nl.weerbaar.processes.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.Confirmation;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DateInput;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's side of access reviews: start a campaign, follow its progress per manager, see who decided
 * what and when (people pseudonymised), and close it. Functional administrators may look, not act.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class CampaignController {

    static final int DECISIONS_SHOWN = 500;

    private final Campaigns campaigns;
    private final ReviewService service;
    private final Organisation organisation;
    private final Clock clock;

    CampaignController(Campaigns campaigns, ReviewService service, Organisation organisation, Clock clock) {
        this.clock = clock;
        this.campaigns = campaigns;
        this.service = service;
        this.organisation = organisation;
    }

    @GetMapping("/processes/reviews")
    String campaigns(Model model) {
        return campaigns(model, new FieldErrors(), Map.of(), List.of());
    }

    @PostMapping("/processes/reviews")
    @PreAuthorize("hasRole('COORDINATOR')")
    String start(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
        FieldErrors e = new FieldErrors();
        String name = e.text("name", form.getFirst("name"), true, 120);
        if (name != null && name.length() < 2) {
            e.reject("name", "processes.error.too-short");
        } else if (name != null && campaigns.nameTaken(name)) {
            e.reject("name", "processes.reviews.error.name-taken");
        }
        LocalDate due = null;
        String dueText = form.getFirst("dueDate");
        if (dueText == null || dueText.isBlank()) {
            e.reject("dueDate", "processes.error.required");
        } else {
            due = DateInput.parse(dueText).orElse(null);
            if (due == null) {
                e.reject("dueDate", "processes.error.date");
            } else if (!due.isAfter(DutchTime.today(clock))) {
                e.reject("dueDate", "processes.reviews.error.due-past");
            } else if (due.isAfter(DutchTime.today(clock).plusYears(1))) {
                e.reject("dueDate", "processes.reviews.error.due-far");
            }
        }
        List<String> known = campaigns.personDepartments();
        List<String> departments = new ArrayList<>();
        for (String d : form.getOrDefault("departments", List.of())) {
            if (!known.contains(d)) {
                e.reject("departments", "processes.error.choice");
            } else if (!departments.contains(d)) {
                departments.add(d);
            }
        }
        boolean sensitiveOnly = form.containsKey("sensitiveOnly");
        if (!e.any()) {
            try {
                UUID id = service.start(name, due, sensitiveOnly, departments, CurrentUser.require());
                redirect.addFlashAttribute("started", true);
                return "redirect:/processes/reviews/" + id;
            } catch (NothingInScopeException ex) {
                e.reject("scope", "processes.reviews.error.empty");
            }
        }
        return campaigns(model, e, form.toSingleValueMap(), departments);
    }

    @GetMapping("/processes/reviews/{id}")
    String campaign(@PathVariable UUID id, Model model) {
        ReviewService.CampaignPage page = service.campaignPage(id, DECISIONS_SHOWN);
        Campaigns.Campaign campaign = page.campaign();
        List<Campaigns.Share> shares = page.shares();
        Map<UUID, String> managers = new HashMap<>();
        Map<UUID, String> departments = new HashMap<>();
        for (Campaigns.Share s : shares) {
            if (s.departmentId() != null) {
                organisation.department(s.departmentId()).ifPresent(d -> departments.put(d.id(), d.name()));
                if ("MANAGER".equals(s.reviewer())) {
                    managers.put(
                            s.departmentId(),
                            String.join(
                                    ", ",
                                    organisation.withRole(Role.MANAGER, s.departmentId()).stream()
                                            .map(Organisation.Person::displayName)
                                            .toList()));
                }
            }
        }
        List<ReviewItems.Item> decisions = page.decisions();
        Map<UUID, String> deciders = new HashMap<>();
        decisions.forEach(d -> deciders.computeIfAbsent(d.decidedBy(), this::nameOf));
        deciders.computeIfAbsent(campaign.startedBy(), this::nameOf);
        if (campaign.closedBy() != null) {
            deciders.computeIfAbsent(campaign.closedBy(), this::nameOf);
        }
        model.addAttribute("campaign", campaign)
                .addAttribute("shares", shares)
                .addAttribute("managers", managers)
                .addAttribute("departments", departments)
                .addAttribute("decisions", decisions)
                .addAttribute("deciders", deciders)
                .addAttribute("limit", DECISIONS_SHOWN)
                .addAttribute("overdue", campaign.overdue(DutchTime.today(clock)))
                .addAttribute("canManage", CurrentUser.require().has(Role.COORDINATOR));
        return "processes/review";
    }

    /**
     * Closing cannot be undone: unconfirmed, the coordinator gets the confirmation step (also when every item is
     * decided, since closing makes the decisions final and mails the application owners); confirmed, it closes.
     */
    @PostMapping("/processes/reviews/{id}/close")
    @PreAuthorize("hasRole('COORDINATOR')")
    String close(
            @PathVariable UUID id,
            @RequestParam(name = Confirmation.PARAMETER, defaultValue = "false") boolean confirmed,
            Model model,
            RedirectAttributes redirect) {
        if (!confirmed) {
            return confirmation(service.closing(id)).show(model);
        }
        service.close(id, CurrentUser.require());
        redirect.addFlashAttribute("closed", true);
        return "redirect:/processes/reviews/" + id;
    }

    private static Confirmation confirmation(ReviewService.Closing closing) {
        Campaigns.Campaign c = closing.campaign();
        Confirmation confirmation = Confirmation.of("processes.review.confirm.title", c.name());
        confirmation = c.open() > 0
                ? confirmation.consequence("processes.review.confirm.open", c.open(), c.total())
                : confirmation.consequence("processes.review.confirm.none-open", c.total());
        confirmation = confirmation.consequence("processes.review.confirm.decisions", c.confirmed(), c.revoked());
        confirmation = c.revoked() > 0
                ? confirmation.consequence("processes.review.confirm.todos", c.revoked(), closing.mailed())
                : confirmation.consequence("processes.review.confirm.no-todos");
        return confirmation.button("processes.review.confirm.button").back("/processes/reviews/" + c.id());
    }

    private String nameOf(UUID userId) {
        return organisation.person(userId).map(Organisation.Person::displayName).orElse("—");
    }

    private String campaigns(Model model, FieldErrors e, Map<String, String> submitted, List<String> chosen) {
        model.addAttribute("campaigns", service.campaigns())
                .addAttribute("personDepartments", campaigns.personDepartments())
                .addAttribute("errors", e)
                .addAttribute("submitted", submitted)
                .addAttribute("chosen", chosen)
                .addAttribute("canManage", CurrentUser.require().has(Role.COORDINATOR))
                .addAttribute("today", DutchTime.today(clock));
        return "processes/reviews";
    }
}
