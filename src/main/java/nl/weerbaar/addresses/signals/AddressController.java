package nl.weerbaar.addresses.signals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The address page (ADR 1000–1003): find an address by postcode and number or by BAG id, state the purpose, and see
 * the BAG facts, the signals with their explanations and any verwijsindex contact. Answers come only to a posted
 * form with a purpose, so nothing is shown before the purpose is stated and the question stays out of URLs.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AddressController {

    private final SignalService signals;

    AddressController(SignalService signals) {
        this.signals = signals;
    }

    @GetMapping("/adressen")
    String form(Model model) {
        signals.mustSee();
        return lookupForm(model, new LinkedHashMap<>(), new FieldErrors(), null);
    }

    @PostMapping("/adressen")
    String find(@RequestParam Map<String, String> form, Model model) {
        try {
            SignalService.Found found = signals.find(
                    form.get("purpose"),
                    form.get("reference"),
                    form.get("postcode"),
                    form.get("houseNumber"),
                    form.get("letter"),
                    form.get("addition"));
            if (found.addresses().size() == 1) {
                return show(found.addresses().get(0).id(), form.get("purpose"), form.get("reference"), model);
            }
            model.addAttribute("found", found);
            return lookupForm(model, form, new FieldErrors(), found);
        } catch (InvalidInputException e) {
            return lookupForm(model, form, e.errors(), null);
        }
    }

    /** By BAG id (a link from elsewhere): asks the purpose first. */
    @GetMapping("/adressen/{bagId}")
    String byId(@PathVariable String bagId, Model model) {
        signals.mustSeeAddress(bagId);
        model.addAttribute("bagId", bagId);
        return lookupForm(model, new LinkedHashMap<>(), new FieldErrors(), null);
    }

    @PostMapping("/adressen/{bagId}")
    String page(@PathVariable String bagId, @RequestParam Map<String, String> form, Model model) {
        try {
            return show(bagId, form.get("purpose"), form.get("reference"), model);
        } catch (InvalidInputException e) {
            model.addAttribute("bagId", bagId);
            return lookupForm(model, form, e.errors(), null);
        }
    }

    private String show(String bagId, String purpose, String reference, Model model) {
        model.addAttribute("page", signals.page(bagId, purpose, reference));
        return "addresses/page";
    }

    @PostMapping("/adressen/{bagId}/actie")
    String toAction(
            @PathVariable String bagId,
            @RequestParam(required = false) String rule,
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String reference) {
        UUID action = signals.toAction(bagId, rule, purpose, reference);
        return "redirect:/actions/" + action;
    }

    @PostMapping("/adressen/{bagId}/bibob-notitie")
    ResponseEntity<byte[]> note(
            @PathVariable String bagId,
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) String reference,
            Locale locale) {
        String text = signals.bibobNote(bagId, purpose, reference, locale);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("bibob-notitie-" + bagId.replaceAll("[^0-9]", "") + ".txt")
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    private String lookupForm(Model model, Map<String, String> form, FieldErrors errors, SignalService.Found found) {
        model.addAttribute("form", form)
                .addAttribute("errors", errors)
                .addAttribute("purposes", List.of(Purpose.values()))
                .addAttribute("found", found)
                .addAttribute(
                        "mayConfigure",
                        nl.weerbaar.platform.CurrentUser.get()
                                .map(u -> u.has(nl.weerbaar.platform.Role.COORDINATOR))
                                .orElse(false));
        return "addresses/lookup";
    }

    // ---- settings ----

    @GetMapping("/adressen/instellingen")
    @PreAuthorize("hasRole('COORDINATOR')")
    String settings(Model model) {
        return settingsPage(model, null, new FieldErrors(), Map.of());
    }

    @PostMapping("/adressen/instellingen")
    @PreAuthorize("hasRole('COORDINATOR')")
    String saveSettings(
            @RequestParam Map<String, String> form,
            @RequestParam(name = "rule", required = false) List<String> rules,
            @RequestParam(name = "role", required = false) List<String> roles,
            Model model) {
        try {
            signals.saveSettings(form, rules, roles);
            return "redirect:/adressen/instellingen?opgeslagen";
        } catch (InvalidInputException e) {
            return settingsPage(model, form, e.errors(), Map.of());
        }
    }

    @PostMapping("/adressen/instellingen/uitzonderingen")
    @PreAuthorize("hasRole('COORDINATOR')")
    String addException(@RequestParam Map<String, String> form, Model model) {
        try {
            signals.addException(form.get("bagId"), form.get("reason"));
            return "redirect:/adressen/instellingen?uitzondering";
        } catch (InvalidInputException e) {
            return settingsPage(model, null, e.errors(), form);
        }
    }

    @PostMapping("/adressen/instellingen/uitzonderingen/{id}/verwijderen")
    @PreAuthorize("hasRole('COORDINATOR')")
    String removeException(@PathVariable UUID id) {
        signals.removeException(id);
        return "redirect:/adressen/instellingen?verwijderd";
    }

    private String settingsPage(
            Model model, Map<String, String> form, FieldErrors errors, Map<String, String> exceptionForm) {
        Settings s = signals.settings();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("manyAtAddress", String.valueOf(s.manyAtAddress()));
        values.put("manyAtHome", String.valueOf(s.manyAtHome()));
        values.put("mentions", String.valueOf(s.mentions()));
        values.put("streetSameKind", String.valueOf(s.streetSameKind()));
        values.put("recentDays", String.valueOf(s.recentDays()));
        if (form != null) {
            values.keySet().forEach(k -> values.put(k, form.getOrDefault(k, "")));
        }
        model.addAttribute("settings", s)
                .addAttribute("values", values)
                .addAttribute("rules", List.of(Rule.values()))
                .addAttribute("roles", List.copyOf(Settings.NAMEABLE))
                .addAttribute("exceptions", signals.exceptions())
                .addAttribute("exceptionForm", exceptionForm)
                .addAttribute("errors", errors);
        return "addresses/settings";
    }
}
