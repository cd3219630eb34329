package nl.weerbaar.processes.people;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload of the three CSV files. A file with problems is refused as a whole and its problems are shown per
 * line; a good file is loaded and the analysis runs again in the same transaction.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class ImportController {

    private final PeopleService service;

    ImportController(PeopleService service) {
        this.service = service;
    }

    @GetMapping("/processes/imports")
    String page(Model model) {
        model.addAttribute(
                        "columns",
                        Map.of(
                                "PERSONS",
                                Imports.PERSON_COLUMNS.names(),
                                "STEPS",
                                Imports.STEP_COLUMNS.names(),
                                "ACCESS",
                                Imports.ACCESS_COLUMNS.names()))
                .addAttribute("kinds", Arrays.asList(Imports.Kind.values()))
                .addAttribute("history", service.lastImports());
        return "processes/imports";
    }

    @PostMapping("/processes/imports")
    String upload(
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) MultipartFile file,
            Model model)
            throws IOException {
        Imports.Kind k = Arrays.stream(Imports.Kind.values())
                .filter(v -> v.name().equals(kind))
                .findFirst()
                .orElse(null);
        if (k == null || file == null || file.isEmpty()) {
            page(model);
            model.addAttribute(
                    "uploadError", k == null ? "processes.import.error.kind" : "processes.import.error.no-file");
            return "processes/imports";
        }
        PeopleService.Upload upload = service.upload(k, file.getBytes());
        ImportResult result = upload.result();
        if (result.ok()) {
            model.addAttribute("findings", upload.findings());
        }
        page(model);
        model.addAttribute("result", result).addAttribute("fileName", file.getOriginalFilename());
        return "processes/imports";
    }
}
