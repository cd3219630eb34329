package nl.weerbaar.actions.plan;

import java.util.UUID;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The themes of the action plan: coordinators and application administrators add, rename, deactivate and activate
 * them. A refused name is shown at its own field: {@code name} for a new theme, {@code name-<id>} for a rename.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class ThemeController {

    private final ThemeService themes;

    ThemeController(ThemeService themes) {
        this.themes = themes;
    }

    @GetMapping("/actions/themes")
    String page(Model model) {
        return page(model, new FieldErrors(), null);
    }

    @PostMapping("/actions/themes")
    String add(@RequestParam(required = false) String name, Model model) {
        try {
            themes.add(name, CurrentUser.require());
        } catch (InvalidInputException e) {
            return page(model, e.errors(), name);
        }
        return "redirect:/actions/themes?saved";
    }

    @PostMapping("/actions/themes/{id}/name")
    String rename(@PathVariable UUID id, @RequestParam(required = false) String name, Model model) {
        try {
            themes.rename(id, name, CurrentUser.require());
        } catch (InvalidInputException e) {
            FieldErrors errors = new FieldErrors();
            e.errors().forEach(f -> errors.reject("name-" + id, f.key(), f.arguments()));
            return page(model, errors, null);
        }
        return "redirect:/actions/themes?saved";
    }

    @PostMapping("/actions/themes/{id}/{change:deactivate|activate}")
    String setActive(@PathVariable UUID id, @PathVariable String change) {
        themes.setActive(id, change.equals("activate"), CurrentUser.require());
        return "redirect:/actions/themes?saved";
    }

    private String page(Model model, FieldErrors errors, String newName) {
        model.addAttribute("themes", themes.all());
        model.addAttribute("errors", errors);
        model.addAttribute("newName", newName);
        return "actions/themes";
    }
}
