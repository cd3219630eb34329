package nl.weerbaar.assessments.measurement;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.assessments.instrument.Instruments;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The start page of scans, starting a measurement, and instruments: view and import. */
@Controller
@PreAuthorize(AssessmentsNavigation.ROLES)
class AssessmentController {

    private final MeasurementService service;
    private final Instruments instruments;
    private final MessageSource messages;

    AssessmentController(MeasurementService service, Instruments instruments, MessageSource messages) {
        this.service = service;
        this.instruments = instruments;
        this.messages = messages;
    }

    @GetMapping("/assessments")
    String index(Model model) {
        UserIdentity me = CurrentUser.require();
        model.addAttribute("mine", service.assignedTo(me));
        model.addAttribute("manages", MeasurementService.manages(me));
        if (MeasurementService.readsResults(me)) {
            List<Instruments.Info> list = instruments.list();
            Map<UUID, String> labels = new HashMap<>();
            list.forEach(i -> labels.put(i.id(), i.label()));
            model.addAttribute("measurements", service.all());
            model.addAttribute("instruments", list);
            model.addAttribute("instrumentLabels", labels);
        }
        return "assessments/index";
    }

    @PostMapping("/assessments/measurements")
    @PreAuthorize("hasRole('COORDINATOR')")
    String start(
            @RequestParam(required = false) UUID instrument,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) UUID copyOf,
            @RequestParam(defaultValue = "false") boolean takeOver,
            Model model) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 120 || (instrument == null && copyOf == null)) {
            model.addAttribute(
                    "startError",
                    n.isEmpty() || n.length() > 120 ? "assessments.error.name" : "assessments.error.instrument");
            return index(model);
        }
        // A follow-up measurement compares answer by answer, so it uses its predecessor's instrument: a different
        // choice is refused rather than silently replaced.
        UUID predecessor = copyOf == null ? null : service.instrumentOf(copyOf);
        if (predecessor != null && instrument != null && !predecessor.equals(instrument)) {
            model.addAttribute("startError", "assessments.error.copyOf.instrument");
            model.addAttribute(
                    "startErrorArgs",
                    new Object[] {instruments.info(predecessor).label()});
            return index(model);
        }
        UUID id = service.start(instrument, n, copyOf, takeOver, CurrentUser.require());
        return "redirect:/assessments/measurements/" + id;
    }

    @GetMapping("/assessments/instruments/{id}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SECRETARY', 'MANAGER')")
    String instrument(@PathVariable UUID id, Model model) {
        model.addAttribute("info", instruments.info(id));
        model.addAttribute("instrument", instruments.get(id));
        return "assessments/instrument";
    }

    @GetMapping("/assessments/instruments/import")
    @PreAuthorize("hasRole('COORDINATOR')")
    String importForm() {
        return "assessments/import";
    }

    @PostMapping("/assessments/instruments/import")
    @PreAuthorize("hasRole('COORDINATOR')")
    String importInstrument(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String source,
            Model model)
            throws IOException {
        return YamlImport.handle(
                file,
                source,
                text -> instruments.importSource(text, CurrentUser.require().userId()),
                "/assessments/instruments/",
                model,
                messages);
    }
}
