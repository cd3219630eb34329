package nl.weerbaar.processes.people;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import nl.weerbaar.processes.analysis.Analysis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

    private final Imports imports;
    private final Analysis analysis;
    private final JdbcClient jdbc;

    ImportController(Imports imports, Analysis analysis, JdbcClient jdbc) {
        this.imports = imports;
        this.analysis = analysis;
        this.jdbc = jdbc;
    }

    @GetMapping("/processes/imports")
    @Transactional
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
                .addAttribute("history", jdbc.sql("""
            SELECT kind, rows, encoding, imported_at FROM proc_import ORDER BY imported_at DESC LIMIT 10""").query().listOfRows());
        return "processes/imports";
    }

    @PostMapping("/processes/imports")
    @Transactional
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
        ImportResult result = imports.run(k, file.getBytes());
        if (result.ok()) {
            model.addAttribute("findings", analysis.run());
        }
        page(model);
        model.addAttribute("result", result).addAttribute("fileName", file.getOriginalFilename());
        return "processes/imports";
    }
}
