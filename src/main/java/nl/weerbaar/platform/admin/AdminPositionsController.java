package nl.weerbaar.platform.admin;

import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to list, create, change and delete positions. */
@Controller
@RequestMapping("/admin/positions")
@PreAuthorize("hasRole('ADMIN')")
class AdminPositionsController {

    private final PositionAdmin admin;

    AdminPositionsController(PositionAdmin admin) {
        this.admin = admin;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("positions", admin.all());
        return "admin/positions";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new PositionForm());
        return "admin/position-form";
    }

    @PostMapping
    String create(@ModelAttribute("form") PositionForm form, BindingResult errors, RedirectAttributes flash) {
        if (admin.create(form, errors) == null) {
            return "admin/position-form";
        }
        flash.addFlashAttribute("saved", "admin.position.created");
        return "redirect:/admin/positions";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Positions.Row row = admin.get(id);
        model.addAttribute("position", row);
        model.addAttribute("form", new PositionForm(row));
        return "admin/position-form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable UUID id,
            @ModelAttribute("form") PositionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!admin.update(id, form, errors)) {
            model.addAttribute("position", admin.get(id));
            return "admin/position-form";
        }
        flash.addFlashAttribute("saved", "admin.position.updated");
        return "redirect:/admin/positions";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes flash) {
        try {
            admin.delete(id);
            flash.addFlashAttribute("saved", "admin.position.deleted");
            return "redirect:/admin/positions";
        } catch (InUseException e) {
            flash.addFlashAttribute("refused", e.messageKey());
            flash.addFlashAttribute("refusedCount", e.count());
            return "redirect:/admin/positions/" + id;
        }
    }
}
