package nl.weerbaar.addresses.flags;

import java.util.Arrays;
import nl.weerbaar.platform.FieldErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The check before a visit (ADR 1012), for everyone in a municipality: a purpose and an address; the answer is
 * whom to contact first, or that nothing is known — never why. The question is posted, so it stays out of URLs.
 */
@Controller
@PreAuthorize("hasAnyRole('EMPLOYEE', 'MANAGER', 'CONFIDANT', 'COORDINATOR', 'SECRETARY', 'LEGAL', 'ADMIN')")
class CheckController {

    /** The check form; every field may be null as sent. */
    record CheckForm(
            String purpose, String postcode, String houseNumber, String letter, String addition, String bagId) {

        static CheckForm empty() {
            return new CheckForm(null, null, null, null, null, null);
        }
    }

    private final AddressFinder finder;
    private final Flags flags;

    CheckController(AddressFinder finder, Flags flags) {
        this.finder = finder;
        this.flags = flags;
    }

    @GetMapping("/addresses/check")
    String page(Model model) {
        return page(model, CheckForm.empty(), new FieldErrors());
    }

    @PostMapping("/addresses/check")
    String check(CheckForm form, Model model) {
        FieldErrors errors = new FieldErrors();
        String purpose = null;
        if (form.purpose() == null || form.purpose().isBlank()) {
            errors.reject("purpose", "flags.check.error.purpose");
        } else {
            purpose = errors.oneOf(
                    "purpose",
                    form.purpose(),
                    Arrays.stream(VisitPurpose.values()).map(Enum::name).toList(),
                    true);
        }
        AddressFinder.Resolved found = finder.resolve(
                errors, form.postcode(), form.houseNumber(), form.letter(), form.addition(), form.bagId());
        if (errors.any()) {
            return page(model, form, errors);
        }
        if (!found.found()) {
            model.addAttribute("choices", found.choices());
            return page(model, form, errors);
        }
        model.addAttribute("address", found.chosen());
        model.addAttribute("checkedFor", VisitPurpose.valueOf(purpose));
        model.addAttribute(
                "contact",
                flags.check(VisitPurpose.valueOf(purpose), found.chosen()).orElse(null));
        model.addAttribute("answered", true);
        return page(model, new CheckForm(purpose, null, null, null, null, null), errors);
    }

    private String page(Model model, CheckForm form, FieldErrors errors) {
        model.addAttribute("form", form)
                .addAttribute("errors", errors)
                .addAttribute("purposes", VisitPurpose.values())
                .addAttribute("bagLoaded", finder.loaded());
        return "addresses/check";
    }
}
