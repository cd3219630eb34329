package nl.weerbaar.platform.operator;

import jakarta.validation.Valid;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.admin.PasswordPolicy;
import nl.weerbaar.platform.web.JdbcMunicipalities;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform operator's pages: municipalities on the platform, and adding one. */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class OperatorController {

    private final Municipalities municipalities;
    private final MunicipalityOnboarding onboarding;

    OperatorController(JdbcMunicipalities municipalities, MunicipalityOnboarding onboarding) {
        this.municipalities = municipalities;
        this.onboarding = onboarding;
    }

    @GetMapping("/platform")
    String list(Model model) {
        model.addAttribute("municipalities", municipalities.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OnboardingForm());
        }
        return "platform/municipalities";
    }

    @PostMapping("/platform/municipalities")
    String create(
            @Valid @ModelAttribute("form") OnboardingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("slug") && onboarding.slugTaken(form.getSlug())) {
            errors.rejectValue("slug", "platform.slug.taken");
        }
        if (!errors.hasFieldErrors("caseCode") && onboarding.caseCodeTaken(form.getCaseCode())) {
            errors.rejectValue("caseCode", "platform.caseCode.taken");
        }
        if (!errors.hasFieldErrors("adminUsername") && onboarding.usernameTaken(form.getAdminUsername())) {
            errors.rejectValue("adminUsername", "platform.username.taken");
        }
        if (!errors.hasFieldErrors("adminPassword")) {
            PasswordPolicy.standard()
                    .check(form.getAdminPassword(), form.getAdminUsername())
                    .forEach(problem -> errors.rejectValue("adminPassword", problem));
        }
        if (errors.hasErrors()) {
            return list(model);
        }
        onboarding.onboard(form);
        redirect.addFlashAttribute("created", form.getName());
        return "redirect:/platform";
    }
}
