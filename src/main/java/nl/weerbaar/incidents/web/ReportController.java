package nl.weerbaar.incidents.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incidents.core.Codes;
import nl.weerbaar.incidents.core.IdempotencyConflictException;
import nl.weerbaar.incidents.core.IncidentService;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.registries.AddressChoices;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The report pages: the full form, the phone-first mini-report and registration on someone's behalf. A
 * refused report comes back with a message per field and nothing saved; a double submit (same hidden
 * idempotency key) registers once.
 */
@Controller
class ReportController {

    private final IncidentService incidents;
    private final Organisation organisation;
    private final Clock clock;
    private final AddressChoices addresses;

    ReportController(IncidentService incidents, Organisation organisation, Clock clock, AddressChoices addresses) {
        this.incidents = incidents;
        this.addresses = addresses;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/incidents/new")
    @PreAuthorize("hasRole('EMPLOYEE')")
    String form(Model model) {
        return page(model, ReportForm.fresh(clock), new FieldErrors(), "FORM");
    }

    @PostMapping("/incidents/new")
    @PreAuthorize("hasRole('EMPLOYEE')")
    String submit(@ModelAttribute("form") ReportForm form, BindingResult binding, Model model) {
        return submit(form, binding, model, "FORM");
    }

    @GetMapping("/incidents/mini")
    @PreAuthorize("hasRole('EMPLOYEE')")
    String mini(Model model) {
        return page(model, ReportForm.fresh(clock), new FieldErrors(), "MINI");
    }

    @PostMapping("/incidents/mini")
    @PreAuthorize("hasRole('EMPLOYEE')")
    String submitMini(@ModelAttribute("form") ReportForm form, BindingResult binding, Model model) {
        return submit(form, binding, model, "MINI");
    }

    @GetMapping("/incidents/on-behalf")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MANAGER', 'CONFIDANT', 'SECRETARY')")
    String onBehalf(Model model) {
        return page(model, ReportForm.fresh(clock), new FieldErrors(), "ON_BEHALF");
    }

    @PostMapping("/incidents/on-behalf")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'MANAGER', 'CONFIDANT', 'SECRETARY')")
    String submitOnBehalf(@ModelAttribute("form") ReportForm form, BindingResult binding, Model model) {
        return submit(form, binding, model, "ON_BEHALF");
    }

    private String submit(ReportForm form, BindingResult binding, Model model, String channel) {
        FieldErrors bindErrors = new FieldErrors();
        binding.getFieldErrors()
                .forEach(e -> bindErrors.reject(e.getField().replaceAll("\\[.*", ""), "incidents.error.invalid"));
        if (!bindErrors.isEmpty()) {
            return page(model, form, bindErrors, channel);
        }
        if (form.findingAddress() && !"MINI".equals(channel)) {
            // Without JavaScript the address search sends the whole form back: show it again with the suggestions.
            return page(model, form, new FieldErrors(), channel);
        }
        try {
            IncidentService.Submitted result = incidents.submit(form.toCommand(channel), CurrentUser.require());
            return "redirect:/incidents/mine/" + result.id() + "?submitted";
        } catch (InvalidInputException e) {
            return page(model, form, e.errors(), channel);
        } catch (IdempotencyConflictException e) {
            form.setIdempotencyKey("form-" + UUID.randomUUID());
            return page(model, form, FieldErrors.of("form", "incidents.error.idempotency"), channel);
        }
    }

    private String page(Model model, ReportForm form, FieldErrors errors, String channel) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("channel", channel);
        model.addAttribute("kinds", Codes.KINDS);
        model.addAttribute("locations", Codes.LOCATIONS);
        model.addAttribute("relations", Codes.RELATIONS);
        model.addAttribute("consequences", Codes.CONSEQUENCES);
        model.addAttribute("severities", Codes.SEVERITIES);
        model.addAttribute("confidentialities", Codes.CONFIDENTIALITY);
        if ("MINI".equals(channel)) {
            return "incidents/mini";
        }
        model.addAttribute("htmx", true);
        model.addAttribute(
                "addressPicker",
                addresses.picker(
                        form.getAddressPostcode(),
                        form.getAddressNumber(),
                        form.getAddressLetter(),
                        form.getAddressBagId(),
                        form.findingAddress()));
        model.addAttribute("departments", organisation.departments());
        List<Organisation.Person> handlers = new java.util.ArrayList<>(organisation.withRole(Role.MANAGER, null));
        organisation.withRole(Role.COORDINATOR, null).stream()
                .filter(p -> !handlers.contains(p))
                .forEach(handlers::add);
        model.addAttribute("handlers", handlers);
        return "incidents/form";
    }
}
