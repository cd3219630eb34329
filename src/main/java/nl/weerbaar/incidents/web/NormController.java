package nl.weerbaar.incidents.web;

import java.util.Locale;
import nl.weerbaar.incidents.core.IncidentSettings;
import nl.weerbaar.incidents.core.IncidentSettingsService;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.TenantContext;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The municipality's norm for acceptable behaviour and house rules, and its response schema (which response
 * fits which kind of incident): readable by every employee, printable as one A4, edited by the coordinator.
 * Until the municipality writes its own, a starting text is shown.
 */
@Controller
class NormController {

    static final int MAX = 8000;

    private final IncidentSettings settings;
    private final MessageSource messages;
    private final Pdfs pdfs;
    private final Municipalities municipalities;
    private final IncidentSettingsService service;

    NormController(
            IncidentSettings settings,
            MessageSource messages,
            Pdfs pdfs,
            Municipalities municipalities,
            IncidentSettingsService service) {
        this.settings = settings;
        this.messages = messages;
        this.pdfs = pdfs;
        this.municipalities = municipalities;
        this.service = service;
    }

    @GetMapping("/incidents/norm")
    @PreAuthorize("hasRole('EMPLOYEE')")
    String page(Model model, Locale locale) {
        String[] texts = texts(locale);
        return page(model, texts[0], texts[1], new FieldErrors());
    }

    @PostMapping("/incidents/norm")
    @PreAuthorize("hasRole('COORDINATOR')")
    String save(
            @RequestParam(required = false) String norm, @RequestParam(required = false) String schema, Model model) {
        FieldErrors errors = new FieldErrors();
        if (norm == null || norm.isBlank()) {
            errors.reject("norm", "incidents.error.norm.required");
        } else if (norm.length() > MAX) {
            errors.reject("norm", "incidents.error.tooLong");
        }
        if (schema == null || schema.isBlank()) {
            errors.reject("schema", "incidents.error.schema.required");
        } else if (schema.length() > MAX) {
            errors.reject("schema", "incidents.error.tooLong");
        }
        if (!errors.isEmpty()) {
            return page(model, norm, schema, errors);
        }
        service.saveNorm(norm.strip(), schema.strip());
        return "redirect:/incidents/norm?saved";
    }

    @GetMapping("/incidents/norm.pdf")
    @PreAuthorize("hasRole('EMPLOYEE')")
    ResponseEntity<byte[]> pdf(Locale locale) {
        String[] texts = texts(locale);
        String name = municipalities
                .byId(TenantContext.require())
                .map(Municipalities.Municipality::name)
                .orElse("");
        return Downloads.pdf(pdfs.norm(name, texts[0], texts[1], locale), "norm.pdf");
    }

    private String[] texts(Locale locale) {
        IncidentSettings.Values v = settings.current();
        String norm =
                v.normText() != null ? v.normText() : messages.getMessage("incidents.norm.default.norm", null, locale);
        String schema = v.responseSchema() != null
                ? v.responseSchema()
                : messages.getMessage("incidents.norm.default.schema", null, locale);
        return new String[] {norm, schema};
    }

    private String page(Model model, String norm, String schema, FieldErrors errors) {
        model.addAttribute("norm", norm);
        model.addAttribute("schema", schema);
        model.addAttribute("errors", errors);
        return "incidents/norm";
    }
}
