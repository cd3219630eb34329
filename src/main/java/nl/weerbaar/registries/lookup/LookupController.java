package nl.weerbaar.registries.lookup;

import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.Role;
import nl.weerbaar.registries.trade.KvkClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The address and business lookup (ADR 0711). Results are shown only in answer to a posted form with a purpose, so
 * that nothing is seen before the purpose is stated, and the question stays out of URLs and access logs.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'LEGAL')")
class LookupController {

    private final Lookups lookups;
    private final KvkClient kvk;

    LookupController(Lookups lookups, KvkClient kvk) {
        this.lookups = lookups;
        this.kvk = kvk;
    }

    @GetMapping("/registries/lookup")
    String page(Model model) {
        return form(model, LookupForm.empty(), new FieldErrors());
    }

    @PostMapping("/registries/lookup")
    String lookUp(LookupForm form, Model model) {
        try {
            Question q = lookups.check(form);
            model.addAttribute("answer", lookups.lookUp(q));
            return form(model, form, new FieldErrors());
        } catch (InvalidInputException e) {
            return form(model, form, e.errors());
        }
    }

    private String form(Model model, LookupForm form, FieldErrors errors) {
        model.addAttribute("form", form)
                .addAttribute("errors", errors)
                .addAttribute("purposes", Lookups.purposes())
                .addAttribute("kvkConfigured", kvk.configured())
                .addAttribute(
                        "mayImport",
                        CurrentUser.get().map(u -> u.has(Role.COORDINATOR)).orElse(false));
        return "registries/lookup";
    }
}
