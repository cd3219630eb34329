package nl.weerbaar.assessments.measurement;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.assessments.instrument.Instrument;
import nl.weerbaar.assessments.instrument.Instruments;
import nl.weerbaar.assessments.instrument.Mapping;
import nl.weerbaar.assessments.instrument.Mappings;
import nl.weerbaar.platform.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Mappings between instruments: list, the links of one, and import by a coordinator. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'SECRETARY', 'MANAGER')")
class MappingController {

    private final Mappings mappings;
    private final Instruments instruments;
    private final MessageSource messages;

    MappingController(Mappings mappings, Instruments instruments, MessageSource messages) {
        this.mappings = mappings;
        this.instruments = instruments;
        this.messages = messages;
    }

    @GetMapping("/assessments/mappings")
    String list(Model model) {
        model.addAttribute("mappings", mappings.list());
        model.addAttribute("manages", MeasurementService.manages(CurrentUser.require()));
        return "assessments/mappings";
    }

    @GetMapping("/assessments/mappings/{id}")
    String show(@PathVariable UUID id, Model model) {
        mappings.info(id);
        Mapping mapping = mappings.get(id);
        Map<String, String> titles = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (Mapping.Link l : mapping.links()) {
            for (Mapping.Ref r : List.of(l.a(), l.b())) {
                instruments.newest(r.instrument()).ifPresent(i -> {
                    titles.put(r.instrument(), i.title());
                    Instrument.Question q = i.questionsByKey().get(r.question());
                    if (q != null) {
                        texts.put(r.toString(), q.text());
                    }
                });
            }
        }
        model.addAttribute("mapping", mapping);
        model.addAttribute("titles", titles);
        model.addAttribute("texts", texts);
        return "assessments/mapping";
    }

    @GetMapping("/assessments/mappings/import")
    @PreAuthorize("hasRole('COORDINATOR')")
    String importForm(Model model) {
        model.addAttribute("mappingImport", true);
        return "assessments/import";
    }

    @PostMapping("/assessments/mappings/import")
    @PreAuthorize("hasRole('COORDINATOR')")
    String importMapping(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String source,
            Model model)
            throws IOException {
        model.addAttribute("mappingImport", true);
        return YamlImport.handle(
                file,
                source,
                text -> mappings.importSource(text, CurrentUser.require().userId()),
                "/assessments/mappings/",
                model,
                messages);
    }
}
