package nl.weerbaar.processes.reviews;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rights revoked in closed campaigns, per application, for the application owner to withdraw and mark as done.
 * An owner is the user whose e-mail address is registered as the application's owner and sees only those
 * applications; coordinators (who stand in for applications without an owner) and functional administrators see
 * all. People appear by employee number, which is what withdrawing a right in the source system needs.
 */
@Controller
@PreAuthorize("hasAnyRole('EMPLOYEE', 'COORDINATOR', 'ADMIN')")
class RevocationController {

    /** The open to-dos of one application. */
    record ApplicationTodos(
            UUID applicationId,
            String code,
            String name,
            String ownerEmail,
            long withdrawn,
            List<Revocations.Todo> todos) {}

    private final ReviewService service;

    RevocationController(ReviewService service) {
        this.service = service;
    }

    @GetMapping("/processes/reviews/todos")
    String todos(Model model) {
        UserIdentity me = CurrentUser.require();
        boolean all = ReviewService.seesAllTodos(me);
        String email = all ? null : service.ownerEmail(me);
        if (!all && email == null) {
            throw new AccessDeniedException("not an application owner");
        }
        ReviewService.Todos open = service.todos(all, email);
        List<Revocations.Todo> todos = open.todos();
        Map<UUID, Long> withdrawn = open.withdrawn();
        Map<UUID, List<Revocations.Todo>> byApplication = new LinkedHashMap<>();
        todos.forEach(t -> byApplication
                .computeIfAbsent(t.applicationId(), k -> new ArrayList<>())
                .add(t));
        List<ApplicationTodos> applications = byApplication.values().stream()
                .map(list -> {
                    Revocations.Todo first = list.get(0);
                    return new ApplicationTodos(
                            first.applicationId(),
                            first.applicationCode(),
                            first.applicationName(),
                            first.ownerEmail(),
                            withdrawn.getOrDefault(first.applicationId(), 0L),
                            list);
                })
                .toList();
        model.addAttribute("applications", applications)
                .addAttribute("seesAll", all)
                .addAttribute(
                        "withdrawnTotal",
                        withdrawn.values().stream().mapToLong(Long::longValue).sum());
        return "processes/review-todos";
    }

    @PostMapping("/processes/reviews/todos/{id}/done")
    String done(@PathVariable UUID id, RedirectAttributes redirect) {
        service.markWithdrawn(id, CurrentUser.require());
        redirect.addFlashAttribute("withdrawn", true);
        return "redirect:/processes/reviews/todos";
    }
}
