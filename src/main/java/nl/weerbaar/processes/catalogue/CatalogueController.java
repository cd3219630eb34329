package nl.weerbaar.processes.catalogue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.processes.catalogue.Catalogue.Process;
import nl.weerbaar.processes.catalogue.Catalogue.Row;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalogue of processes grouped by the seed, VNG or Bibob grouping, and the form for a new process. */
@Controller
@RequestMapping("/processes")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class CatalogueController {

    static final List<String> SCHEMES = List.of("MAIN", "VNG", "BIBOB");
    static final List<String> ORIGINS = List.of("INTERNAL", "EXTERNAL", "BOTH");
    static final List<String> INTENTS = List.of("INTENDED", "UNINTENDED", "BOTH");
    static final List<String> CAUSES = List.of("SYSTEM", "HUMAN", "BOTH");

    private final ProcessService service;

    CatalogueController(ProcessService service) {
        this.service = service;
    }

    @GetMapping
    String index(@RequestParam(defaultValue = "MAIN") String by, Model model) {
        String scheme = SCHEMES.contains(by) ? by : "MAIN";
        ProcessService.Overview overview = service.overview(scheme);
        RiskMatrix matrix = overview.matrix();
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        overview.codes().forEach(code -> groups.put(code, new java.util.ArrayList<>()));
        groups.put("NONE", new java.util.ArrayList<>());
        for (Row row : overview.rows()) {
            String code = switch (scheme) {
                case "VNG" -> row.process().vngCode();
                case "BIBOB" -> row.process().bibobCode();
                default -> row.process().mainCode();
            };
            groups.computeIfAbsent(code == null ? "NONE" : code, k -> new java.util.ArrayList<>())
                    .add(row);
        }
        model.addAttribute("scheme", scheme)
                .addAttribute("schemes", SCHEMES)
                .addAttribute("groups", groups)
                .addAttribute("matrix", matrix);
        return "processes/index";
    }

    @GetMapping("/new")
    String form(Model model) {
        return form(model, new Process(null, "", null, null, "", "", "", "BOTH", "BOTH", "BOTH"), new FieldErrors());
    }

    @PostMapping
    String create(@RequestParam Map<String, String> f, Model model) {
        FieldErrors e = new FieldErrors();
        String name = e.text("name", f.get("name"), true, 120);
        if (name != null && name.length() < 2) {
            e.reject("name", "processes.error.too-short");
        } else if (name != null && service.nameTaken(name)) {
            e.reject("name", "processes.error.name-taken");
        }
        Process p = new Process(
                null,
                e.oneOf("mainCode", f.get("mainCode"), service.referenceCodes("MAIN"), true),
                e.oneOf("vngCode", f.get("vngCode"), service.referenceCodes("VNG"), false),
                e.oneOf("bibobCode", f.get("bibobCode"), service.referenceCodes("BIBOB"), false),
                name,
                e.text("owner", f.get("owner"), false, 120),
                e.text("department", f.get("department"), false, 120),
                e.oneOf("dimOrigin", f.getOrDefault("dimOrigin", "BOTH"), ORIGINS, true),
                e.oneOf("dimIntent", f.getOrDefault("dimIntent", "BOTH"), INTENTS, true),
                e.oneOf("dimCause", f.getOrDefault("dimCause", "BOTH"), CAUSES, true));
        if (e.any()) {
            return form(
                    model,
                    new Process(
                            null,
                            f.get("mainCode"),
                            f.get("vngCode"),
                            f.get("bibobCode"),
                            f.get("name"),
                            f.get("owner"),
                            f.get("department"),
                            p.dimOrigin(),
                            p.dimIntent(),
                            p.dimCause()),
                    e);
        }
        UUID id = service.create(p);
        return "redirect:/processes/" + id;
    }

    private String form(Model model, Process p, FieldErrors errors) {
        model.addAttribute("p", p)
                .addAttribute("errors", errors)
                .addAttribute("mainCodes", service.referenceCodes("MAIN"))
                .addAttribute("vngCodes", service.referenceCodes("VNG"))
                .addAttribute("bibobCodes", service.referenceCodes("BIBOB"))
                .addAttribute("origins", ORIGINS)
                .addAttribute("intents", INTENTS)
                .addAttribute("causes", CAUSES);
        return "processes/new";
    }

    static List<String> controlTypes() {
        return Arrays.stream(Catalogue.ControlType.values()).map(Enum::name).toList();
    }
}
