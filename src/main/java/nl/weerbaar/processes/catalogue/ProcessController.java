package nl.weerbaar.processes.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.DateInput;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.processes.catalogue.Catalogue.Control;
import nl.weerbaar.processes.catalogue.Catalogue.Kind;
import nl.weerbaar.processes.catalogue.Catalogue.Score;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One process: its risk assessment (inherent, current, residual), dimensions, controls and steps. */
@Controller
@RequestMapping("/processes/{id}")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class ProcessController {

    static final List<String> EFFECTIVENESS = List.of("EFFECTIVE", "PARTIAL", "INEFFECTIVE", "UNKNOWN");

    private final ProcessService service;
    private final Clock clock;

    ProcessController(ProcessService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        return show(id, model, new FieldErrors(), null);
    }

    @PostMapping("/assessment")
    String assess(@PathVariable UUID id, @RequestParam Map<String, String> f, Model model) {
        service.get(id);
        RiskMatrix matrix = service.matrix();
        FieldErrors e = new FieldErrors();
        Map<Kind, Score> parsed = new java.util.EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            String k = kind.name().toLowerCase();
            String l = f.get(k + "Likelihood");
            String i = f.get(k + "Impact");
            if ((l == null || l.isBlank()) && (i == null || i.isBlank())) {
                continue;
            }
            int likelihood = e.number(k + "Likelihood", l, 1, matrix.likelihoodLevels());
            int impact = e.number(k + "Impact", i, 1, matrix.impactLevels());
            parsed.put(kind, new Score(likelihood, impact));
        }
        if (e.any()) {
            return show(id, model, e, f);
        }
        service.assess(id, parsed);
        return "redirect:/processes/" + id + "#assessment";
    }

    @PostMapping("/dimensions")
    String dimensions(@PathVariable UUID id, @RequestParam Map<String, String> f, Model model) {
        service.get(id);
        FieldErrors e = new FieldErrors();
        String o = e.oneOf("dimOrigin", f.get("dimOrigin"), CatalogueController.ORIGINS, true);
        String i = e.oneOf("dimIntent", f.get("dimIntent"), CatalogueController.INTENTS, true);
        String c = e.oneOf("dimCause", f.get("dimCause"), CatalogueController.CAUSES, true);
        if (e.any()) {
            return show(id, model, e, f);
        }
        service.updateDimensions(id, o, i, c);
        return "redirect:/processes/" + id + "#dimensions";
    }

    @PostMapping("/controls")
    String control(@PathVariable UUID id, @RequestParam Map<String, String> f, Model model) {
        service.get(id);
        FieldErrors e = new FieldErrors();
        String type = e.oneOf("controlType", f.get("controlType"), CatalogueController.controlTypes(), true);
        String eff = e.oneOf("effectiveness", f.get("effectiveness"), EFFECTIVENESS, true);
        LocalDate tested = null;
        if (f.get("lastTestDate") != null && !f.get("lastTestDate").isBlank()) {
            tested = DateInput.parse(f.get("lastTestDate")).orElse(null);
            if (tested == null) {
                e.reject("lastTestDate", "processes.error.date");
            } else if (tested.isAfter(DutchTime.today(clock))) {
                e.reject("lastTestDate", "processes.error.future");
            }
        }
        String result = e.oneOf("lastTestResult", f.get("lastTestResult"), List.of("OK", "FAILED"), false);
        if (tested != null && result == null) {
            e.reject("lastTestResult", "processes.error.test-result");
        }
        String note = e.text("note", f.get("note"), false, 500);
        if (e.any()) {
            return show(id, model, e, f);
        }
        service.saveControl(id, new Control(type, eff, tested, result == null ? null : "OK".equals(result), note));
        return "redirect:/processes/" + id + "#controls";
    }

    @PostMapping("/steps")
    String step(@PathVariable UUID id, @RequestParam Map<String, String> f, Model model) {
        service.get(id);
        FieldErrors e = new FieldErrors();
        String code = e.text("stepCode", f.get("stepCode"), true, 40);
        if (code != null && !code.matches("[A-Za-z0-9._-]{1,40}")) {
            e.reject("stepCode", "processes.error.code");
        } else if (code != null && service.stepCodeTaken(code)) {
            e.reject("stepCode", "processes.error.code-taken");
        }
        String name = e.text("stepName", f.get("stepName"), true, 120);
        String activity = e.text("activity", f.get("activity"), false, Activities.MAX_NAME);
        if (activity != null && activity.strip().length() < 2) {
            e.reject("activity", "processes.error.activity");
        }
        if (e.any()) {
            return show(id, model, e, f);
        }
        service.addStep(id, code, name, activity);
        return "redirect:/processes/" + id + "#steps";
    }

    private String show(UUID id, Model model, FieldErrors errors, Map<String, String> submitted) {
        ProcessService.Detail d = service.detail(id);
        model.addAttribute("p", d.process())
                .addAttribute("matrix", d.matrix())
                .addAttribute("scores", byName(d.scores()))
                .addAttribute("kinds", Arrays.asList(Kind.values()))
                .addAttribute("steps", d.steps())
                .addAttribute("activities", d.activities())
                .addAttribute("activityLabels", Activities.labels(d.activities()))
                .addAttribute("controls", d.controls())
                .addAttribute("controlTypes", CatalogueController.controlTypes())
                .addAttribute("effectiveness", EFFECTIVENESS)
                .addAttribute("origins", CatalogueController.ORIGINS)
                .addAttribute("intents", CatalogueController.INTENTS)
                .addAttribute("causes", CatalogueController.CAUSES)
                .addAttribute("errors", errors)
                .addAttribute("submitted", submitted == null ? Map.of() : submitted);
        return "processes/process";
    }

    private static Map<String, Score> byName(Map<Kind, Score> scores) {
        Map<String, Score> m = new java.util.HashMap<>();
        scores.forEach((k, v) -> m.put(k.name(), v));
        return m;
    }
}
