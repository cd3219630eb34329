package nl.weerbaar.processes.reviews;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My review items": a manager confirms or revokes the access rights of the people of their own department
 * (shown by name: reviewing them is the manager's job); the coordinator does the same for people without a
 * manager, who stay pseudonymised. Nobody sees another department's items.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'COORDINATOR')")
class ReviewItemsController {

    static final int REASON_MAX = 500;

    /** The items of one person, in the order of the page. */
    record PersonItems(
            UUID personId,
            String name,
            String pseudonym,
            String position,
            String department,
            java.time.LocalDate leftOn,
            List<ReviewItems.Item> items) {

        public long open() {
            return items.stream().filter(i -> i.decision() == null).count();
        }
    }

    private final ReviewItems reviewItems;
    private final ReviewService service;

    ReviewItemsController(ReviewItems reviewItems, ReviewService service) {
        this.reviewItems = reviewItems;
        this.service = service;
    }

    @GetMapping("/processes/reviews/mine")
    String mine(Model model) {
        model.addAttribute("campaigns", service.myCampaigns(Reviewer.of(CurrentUser.require())));
        return "processes/review-mine";
    }

    @GetMapping("/processes/reviews/mine/{campaignId}")
    String items(@PathVariable UUID campaignId, Model model) {
        return items(campaignId, model, new FieldErrors(), Map.of());
    }

    @PostMapping("/processes/reviews/items/{id}")
    String decide(
            @PathVariable UUID id,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason,
            Model model,
            RedirectAttributes redirect) {
        UserIdentity me = CurrentUser.require();
        ReviewItems.Item item = reviewItems.myItem(id, Reviewer.of(me));
        FieldErrors e = new FieldErrors();
        String d = e.oneOf("decision-" + id, decision, List.of("CONFIRM", "REVOKE"), true);
        String why = e.text("reason-" + id, reason, false, REASON_MAX);
        if (e.any()) {
            return items(item.campaignId(), model, e, Map.of("reason-" + id, reason == null ? "" : reason));
        }
        service.decide(id, "REVOKE".equals(d), why, me);
        redirect.addFlashAttribute("decided", "REVOKE".equals(d) ? "REVOKED" : "CONFIRMED");
        return "redirect:/processes/reviews/mine/" + item.campaignId() + "#person-" + item.personId();
    }

    @PostMapping("/processes/reviews/mine/{campaignId}/people/{personId}/confirm")
    String confirmAll(@PathVariable UUID campaignId, @PathVariable UUID personId, RedirectAttributes redirect) {
        int n = service.confirmAll(campaignId, personId, CurrentUser.require());
        redirect.addFlashAttribute("confirmedAll", n);
        return "redirect:/processes/reviews/mine/" + campaignId + "#person-" + personId;
    }

    private String items(UUID campaignId, Model model, FieldErrors e, Map<String, String> submitted) {
        ReviewService.MyItems mine = service.myItems(campaignId, Reviewer.of(CurrentUser.require()));
        Campaigns.Campaign campaign = mine.campaign();
        List<ReviewItems.Item> items = mine.items();
        Map<UUID, List<ReviewItems.Item>> byPerson = new LinkedHashMap<>();
        items.forEach(i ->
                byPerson.computeIfAbsent(i.personId(), k -> new ArrayList<>()).add(i));
        List<PersonItems> people = byPerson.values().stream()
                .map(list -> {
                    ReviewItems.Item first = list.get(0);
                    return new PersonItems(
                            first.personId(),
                            first.name(),
                            first.pseudonym(),
                            first.position(),
                            first.department(),
                            first.leftOn(),
                            list);
                })
                .toList();
        model.addAttribute("campaign", campaign)
                .addAttribute("people", people)
                .addAttribute(
                        "open", items.stream().filter(i -> i.decision() == null).count())
                .addAttribute("total", items.size())
                .addAttribute("errors", e)
                .addAttribute("submitted", submitted)
                .addAttribute("reasonMax", REASON_MAX);
        return "processes/review-items";
    }
}
