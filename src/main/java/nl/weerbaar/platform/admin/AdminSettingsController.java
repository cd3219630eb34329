package nl.weerbaar.platform.admin;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page with the municipality's theme and settings. */
@Controller
@RequestMapping("/admin/settings")
@PreAuthorize("hasRole('ADMIN')")
class AdminSettingsController {

    private final MunicipalitySettings settings;

    AdminSettingsController(MunicipalitySettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("form", settings.current());
        return "admin/settings";
    }

    @PostMapping
    String save(@ModelAttribute("form") SettingsForm form, BindingResult errors, RedirectAttributes flash) {
        if (!settings.save(form, errors)) {
            return "admin/settings";
        }
        flash.addFlashAttribute("saved", "admin.settings.saved");
        return "redirect:/admin/settings";
    }
}
