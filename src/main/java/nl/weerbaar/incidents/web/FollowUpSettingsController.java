package nl.weerbaar.incidents.web;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.weerbaar.incidents.core.Codes;
import nl.weerbaar.incidents.core.Deadline;
import nl.weerbaar.incidents.core.IncidentSettings;
import nl.weerbaar.incidents.core.IncidentSettingsService;
import nl.weerbaar.platform.FieldErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinator's settings of the follow-up: a deadline per step (hours or Dutch working days), how long camera
 * footage is kept (the evidence reminder comes a day before), after how many years closed cases are anonymised,
 * and whether the municipal secretary hears of each new case at once or in a daily digest.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class FollowUpSettingsController {

    static final int MAX_HOURS = 720;
    static final int MAX_WORKING_DAYS = 260;

    private final IncidentSettings settings;
    private final IncidentSettingsService service;

    FollowUpSettingsController(IncidentSettings settings, IncidentSettingsService service) {
        this.settings = settings;
        this.service = service;
    }

    /** One row of the form: a step's deadline as typed. */
    record DeadlineField(String step, String amount, String unit) {}

    @GetMapping("/incidents/settings")
    String page(Model model) {
        IncidentSettings.Values v = settings.current();
        var fields = new java.util.ArrayList<DeadlineField>();
        for (String step : steps()) {
            Deadline d = v.deadlines().get(step);
            fields.add(new DeadlineField(step, String.valueOf(d.amount()), d.workingDays() ? "wd" : "h"));
        }
        model.addAttribute("policeReportOwner", v.policeReportOwner());
        return page(
                model,
                fields,
                String.valueOf(v.cameraRetentionDays()),
                String.valueOf(v.retentionYears()),
                v.secretaryNotification(),
                new FieldErrors());
    }

    @PostMapping("/incidents/settings")
    String save(@RequestParam Map<String, String> form, Model model) {
        FieldErrors errors = new FieldErrors();
        Map<String, Deadline> deadlines = new LinkedHashMap<>();
        var fields = new java.util.ArrayList<DeadlineField>();
        for (String step : steps()) {
            String amount = form.getOrDefault("amount-" + step, "").strip();
            String unit = form.getOrDefault("unit-" + step, "");
            fields.add(new DeadlineField(step, amount, unit));
            Integer n = number(amount);
            int max = "wd".equals(unit) ? MAX_WORKING_DAYS : MAX_HOURS;
            if (!"h".equals(unit) && !"wd".equals(unit)) {
                errors.reject("amount-" + step, "incidents.settings.error.unit");
            } else if (n == null || n < 1 || n > max) {
                errors.reject(
                        "amount-" + step,
                        "wd".equals(unit) ? "incidents.settings.error.workingDays" : "incidents.settings.error.hours");
            } else {
                deadlines.put(step, new Deadline(n, "wd".equals(unit)));
            }
        }
        String camera = form.getOrDefault("cameraRetentionDays", "").strip();
        Integer cameraDays = number(camera);
        if (cameraDays == null
                || cameraDays < IncidentSettings.MIN_CAMERA_DAYS
                || cameraDays > IncidentSettings.MAX_CAMERA_DAYS) {
            errors.reject("cameraRetentionDays", "incidents.settings.error.cameraRetentionDays");
        }
        String retention = form.getOrDefault("retentionYears", "").strip();
        Integer years = number(retention);
        if (years == null
                || years < IncidentSettings.MIN_RETENTION_YEARS
                || years > IncidentSettings.MAX_RETENTION_YEARS) {
            errors.reject("retentionYears", "incidents.settings.error.retentionYears");
        }
        String secretary = form.getOrDefault("secretaryNotification", "");
        if (!"IMMEDIATE".equals(secretary) && !"DIGEST".equals(secretary)) {
            errors.reject("secretaryNotification", "incidents.settings.error.secretaryNotification");
        }
        // A form from before the setting existed leaves it out: the coordinator keeps the step.
        String policeOwner = form.getOrDefault("policeReportOwner", "COORDINATOR");
        if (!"COORDINATOR".equals(policeOwner) && !"LEGAL".equals(policeOwner)) {
            errors.reject("policeReportOwner", "incidents.settings.error.policeReportOwner");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("policeReportOwner", policeOwner);
            return page(model, fields, camera, retention, secretary, errors);
        }
        service.saveFollowUp(deadlines, cameraDays, years, secretary, policeOwner);
        return "redirect:/incidents/settings?saved";
    }

    private static java.util.List<String> steps() {
        return Codes.STEPS.stream().filter(s -> !"EVIDENCE".equals(s)).toList();
    }

    private static Integer number(String text) {
        if (text == null || !text.matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(text);
    }

    private String page(
            Model model,
            java.util.List<DeadlineField> deadlines,
            String camera,
            String retention,
            String secretary,
            FieldErrors errors) {
        model.addAttribute("deadlines", deadlines);
        model.addAttribute("cameraRetentionDays", camera);
        model.addAttribute("retentionYears", retention);
        model.addAttribute("secretaryNotification", secretary);
        model.addAttribute("errors", errors);
        return "incidents/settings";
    }
}
