package nl.weerbaar.processes.people;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The one page where a person's real name is shown, next to their steps, access rights and findings. Every
 * view is recorded in the audit log with the person's id.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class PersonController {

    private final PeopleService service;

    PersonController(PeopleService service) {
        this.service = service;
    }

    @GetMapping("/processes/people/{id}")
    String person(@PathVariable UUID id, Model model) {
        PeopleService.PersonPage page = service.person(id, 200);
        model.addAttribute("person", page.person())
                .addAttribute("steps", page.steps())
                .addAttribute("access", page.access())
                .addAttribute("findings", page.findings());
        return "processes/person";
    }
}
