package nl.weerbaar.surveys.internal;

import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.TenantContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Whether the municipality may be shown by name to the other municipalities in the survey benchmark: off until the
 * coordinator or the administrator turns it on, and off again at once when withdrawn.
 */
@Controller
@RequestMapping("/surveys/sharing")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class SharingController {

    private final NamedComparison named;
    private final Municipalities municipalities;

    SharingController(NamedComparison named, Municipalities municipalities) {
        this.named = named;
        this.municipalities = municipalities;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("consented", named.consented());
        model.addAttribute(
                "inBenchmark",
                municipalities
                        .byId(TenantContext.require())
                        .map(Municipalities.Municipality::benchmarkOptIn)
                        .orElse(false));
        return "surveys/sharing";
    }

    @PostMapping
    String save(@RequestParam(defaultValue = "false") boolean named, RedirectAttributes redirect) {
        this.named.consent(named);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/surveys/sharing";
    }
}
