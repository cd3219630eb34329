package nl.weerbaar.processes.people;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.FieldErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Vulnerable positions with their screening requirements, and the register of applications. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class FunctionsController {

    static final List<String> SCREENINGS = List.of("NONE", "VOG", "VOG_SPECIFIC", "SECURITY");

    private final PeopleService service;

    FunctionsController(PeopleService service) {
        this.service = service;
    }

    @GetMapping("/processes/positions")
    String positions(Model model) {
        model.addAttribute("positions", service.positions()).addAttribute("lowScale", Functions.LOW_SCALE);
        return "processes/positions";
    }

    @GetMapping("/processes/positions/{id}")
    String position(@PathVariable UUID id, Model model) {
        return position(id, model, new FieldErrors());
    }

    @PostMapping("/processes/positions/{id}")
    String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> f, Model model) {
        service.position(id);
        FieldErrors e = new FieldErrors();
        String screening = e.oneOf("screening", f.getFirst("screening"), SCREENINGS, true);
        Integer years = null;
        String y = f.getFirst("screeningYears");
        if (y != null && !y.isBlank()) {
            years = e.number("screeningYears", y, 1, 10);
        }
        Set<UUID> known = service.applicationIds();
        Set<UUID> needs = new HashSet<>();
        for (String s : f.getOrDefault("needs", List.of())) {
            try {
                UUID app = UUID.fromString(s);
                if (!known.contains(app)) {
                    e.reject("needs", "processes.error.choice");
                }
                needs.add(app);
            } catch (IllegalArgumentException ex) {
                e.reject("needs", "processes.error.choice");
            }
        }
        if (e.any()) {
            return position(id, model, e);
        }
        service.updatePosition(
                id, f.containsKey("holdsMandate"), f.containsKey("broadAccess"), screening, years, needs);
        return "redirect:/processes/positions";
    }

    @GetMapping("/processes/applications")
    String applications(Model model) {
        return applications(model, new FieldErrors(), Map.of());
    }

    @PostMapping("/processes/applications")
    String addApplication(@RequestParam Map<String, String> f, Model model) {
        FieldErrors e = new FieldErrors();
        String code = e.text("code", f.get("code"), true, 40);
        if (code != null && !code.matches("[A-Za-z0-9._-]{1,40}")) {
            e.reject("code", "processes.error.code");
        } else if (code != null && service.applicationCodeTaken(code)) {
            e.reject("code", "processes.error.code-taken");
        }
        String name = e.text("name", f.get("name"), true, 120);
        String owner = e.text("ownerEmail", f.get("ownerEmail"), false, 200);
        if (owner != null && !owner.matches("[^@\\s]+@[^@\\s]+")) {
            e.reject("ownerEmail", "processes.error.email");
        }
        if (e.any()) {
            return applications(model, e, f);
        }
        service.addApplication(code, name, f.containsKey("sensitive"), owner);
        return "redirect:/processes/applications";
    }

    private String applications(Model model, FieldErrors e, Map<String, String> submitted) {
        model.addAttribute("applications", service.applications())
                .addAttribute("errors", e)
                .addAttribute("submitted", submitted);
        return "processes/applications";
    }

    private String position(UUID id, Model model, FieldErrors e) {
        PeopleService.PositionPage page = service.positionPage(id);
        model.addAttribute("position", page.position())
                .addAttribute("applications", page.applications())
                .addAttribute("needs", page.needs())
                .addAttribute("screenings", SCREENINGS)
                .addAttribute("errors", e);
        return "processes/position";
    }
}
