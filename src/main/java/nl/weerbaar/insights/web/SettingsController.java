package nl.weerbaar.insights.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.insights.settings.DepartmentCategories;
import nl.weerbaar.insights.settings.InsightsSettings;
import nl.weerbaar.insights.settings.SettingsService;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.Organisation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinator's settings of the analyses: taking part in the benchmark, the small-number minimum, who
 * receives the quarterly report, and the kind of each department. Saved all at once or not at all.
 */
@Controller("insightsSettingsController")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class SettingsController {

    private final InsightsSettings settings;
    private final DepartmentCategories categories;
    private final Organisation organisation;
    private final SettingsService service;

    SettingsController(
            InsightsSettings settings,
            DepartmentCategories categories,
            Organisation organisation,
            SettingsService service) {
        this.settings = settings;
        this.categories = categories;
        this.organisation = organisation;
        this.service = service;
    }

    @GetMapping("/insights/settings")
    String form(Model model) {
        InsightsSettings.Values v = settings.current();
        return page(
                model,
                v.benchmarkOptIn(),
                Integer.toString(v.minCell()),
                v.reportRecipients(),
                categories.all(),
                new FieldErrors(),
                false);
    }

    @PostMapping("/insights/settings")
    String save(
            @RequestParam(defaultValue = "false") boolean benchmarkOptIn,
            @RequestParam(defaultValue = "") String minCell,
            @RequestParam(defaultValue = "") String reportRecipients,
            @RequestParam Map<String, String> all,
            Model model) {
        FieldErrors errors = new FieldErrors();
        Integer min = null;
        try {
            min = Integer.valueOf(minCell.trim());
            if (min < 2 || min > 50) {
                errors.reject("minCell", "insights.settings.minCell.range");
            }
        } catch (NumberFormatException e) {
            errors.reject("minCell", "insights.settings.minCell.invalid");
        }
        String recipients = reportRecipients.trim();
        if (recipients.length() > 1000) {
            errors.reject("reportRecipients", "insights.settings.recipients.tooLong");
        } else if (!recipients.isEmpty()) {
            String[] parts = recipients.split("[,;\\s]+");
            for (String part : parts) {
                if (!FieldErrors.isEmailAddress(part)) {
                    errors.reject("reportRecipients", "insights.settings.recipients.invalid");
                }
            }
            if (parts.length > 20) {
                errors.reject("reportRecipients", "insights.settings.recipients.tooMany");
            }
            recipients = String.join(", ", parts);
        }
        Map<UUID, String> chosen = new LinkedHashMap<>();
        for (Organisation.Department d : organisation.departments()) {
            String category = all.get("category_" + d.id());
            if (category != null && !category.isBlank()) {
                if (!DepartmentCategories.CATEGORIES.contains(category)) {
                    errors.reject("category_" + d.id(), "insights.settings.category.invalid");
                } else {
                    chosen.put(d.id(), category);
                }
            }
        }
        if (!errors.isEmpty()) {
            return page(model, benchmarkOptIn, minCell, reportRecipients, chosen, errors, false);
        }
        InsightsSettings.Values values =
                new InsightsSettings.Values(benchmarkOptIn, min, recipients.isEmpty() ? null : recipients);
        service.save(values, chosen);
        return page(
                model,
                values.benchmarkOptIn(),
                Integer.toString(values.minCell()),
                values.reportRecipients(),
                categories.all(),
                new FieldErrors(),
                true);
    }

    private String page(
            Model model,
            boolean optIn,
            String minCell,
            String recipients,
            Map<UUID, String> chosen,
            FieldErrors errors,
            boolean saved) {
        model.addAttribute("optIn", optIn);
        model.addAttribute("minCell", minCell);
        model.addAttribute("recipients", recipients);
        model.addAttribute("chosen", chosen);
        model.addAttribute("departments", organisation.departments());
        model.addAttribute("categories", DepartmentCategories.CATEGORIES);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        return "insights/settings";
    }
}
