package nl.weerbaar.platform.admin;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import nl.weerbaar.platform.CsvReader;
import nl.weerbaar.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * CSV import of departments and users in two steps without JavaScript: upload shows a preview with every problem
 * per line and column; confirming imports the same file (kept in the session) completely or not at all.
 */
@Controller
@RequestMapping("/admin/import")
@PreAuthorize("hasRole('ADMIN')")
class AdminImportController {

    /** ADR 0010: at most 1 MB and 10,000 lines per file. */
    static final CsvReader CSV = new CsvReader(1024 * 1024, 10_000);

    /** A problem as shown: line, column (may be null) and the message in the user's language. */
    record ShownProblem(long line, String column, String message) {}

    private static final List<String> TYPES = List.of("departments", "users");

    private final DepartmentImport departmentImport;
    private final UserImport userImport;
    private final MessageSource messages;

    AdminImportController(DepartmentImport departmentImport, UserImport userImport, MessageSource messages) {
        this.departmentImport = departmentImport;
        this.userImport = userImport;
        this.messages = messages;
    }

    @GetMapping
    String page() {
        return "admin/import";
    }

    @GetMapping("/{type}/example.csv")
    ResponseEntity<byte[]> example(@PathVariable String type) throws IOException {
        check(type);
        try (InputStream in = new ClassPathResource("admin/example-" + type + ".csv").getInputStream()) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(messages.getMessage(
                                            "admin.import." + type + ".file", null, LocaleContextHolder.getLocale()))
                                    .build()
                                    .toString())
                    .body(in.readAllBytes());
        }
    }

    @PostMapping("/{type}")
    String preview(
            @PathVariable String type,
            @RequestParam(required = false) MultipartFile file,
            HttpSession session,
            Model model)
            throws IOException {
        check(type);
        if (file == null || file.isEmpty()) {
            return refused(model, type, "csv.error.empty");
        }
        if (file.getSize() > CSV.maxBytes()) {
            return refused(model, type, "csv.error.too-large", CSV.maxBytes() / 1024 / 1024);
        }
        byte[] bytes = file.getBytes();
        try {
            CsvReader.Table table = CSV.read(bytes);
            ImportPlan plan = "users".equals(type) ? userImport.plan(table) : departmentImport.plan(table);
            if (plan.ok()) {
                session.setAttribute(key(type), bytes);
            } else {
                session.removeAttribute(key(type));
            }
            return preview(model, type, table, plan);
        } catch (CsvReader.Refused e) {
            return refused(model, type, e.messageKey(), e.args());
        }
    }

    @PostMapping("/{type}/confirm")
    String confirm(@PathVariable String type, HttpSession session, Model model, RedirectAttributes flash) {
        check(type);
        byte[] bytes = (byte[]) session.getAttribute(key(type));
        if (bytes == null) {
            return refused(model, type, "admin.import.expired");
        }
        CsvReader.Table table = CSV.read(bytes);
        ImportPlan plan;
        try {
            plan = "users".equals(type) ? userImport.apply(table) : departmentImport.apply(table);
        } catch (DataAccessException e) {
            return refused(model, type, "admin.import.failed");
        }
        if (!plan.ok()) {
            session.removeAttribute(key(type));
            return preview(model, type, table, plan);
        }
        session.removeAttribute(key(type));
        flash.addFlashAttribute("imported", plan.count(ImportPlan.Outcome.CREATE));
        flash.addFlashAttribute("importedUpdated", plan.count(ImportPlan.Outcome.UPDATE));
        flash.addFlashAttribute("saved", "admin.import." + type + ".done");
        return "redirect:/admin/import/" + type + "/done";
    }

    @GetMapping("/{type}/done")
    String done(@PathVariable String type, Model model) {
        check(type);
        model.addAttribute("type", type);
        return "admin/import-done";
    }

    private String preview(Model model, String type, CsvReader.Table table, ImportPlan plan) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("type", type);
        model.addAttribute("ok", plan.ok());
        model.addAttribute("header", plan.header());
        model.addAttribute("rowCount", plan.rows().size());
        model.addAttribute("rows", plan.rows().stream().limit(200).toList());
        model.addAttribute("created", plan.count(ImportPlan.Outcome.CREATE));
        model.addAttribute("updated", plan.count(ImportPlan.Outcome.UPDATE));
        model.addAttribute("unchanged", plan.count(ImportPlan.Outcome.UNCHANGED));
        model.addAttribute("encoding", CsvReader.WINDOWS_1252.equals(table.charset()) ? "Windows-1252" : "UTF-8");
        model.addAttribute("separator", table.separator() == '\t' ? "tab" : String.valueOf(table.separator()));
        model.addAttribute(
                "problems",
                plan.problems().stream()
                        .map(p ->
                                new ShownProblem(p.line(), p.column(), messages.getMessage(p.key(), p.args(), locale)))
                        .toList());
        return "admin/import-preview";
    }

    private String refused(Model model, String type, String key, Object... args) {
        model.addAttribute("refusedType", type);
        model.addAttribute("refusedMessage", messages.getMessage(key, args, LocaleContextHolder.getLocale()));
        return "admin/import";
    }

    private static String key(String type) {
        return "admin.import." + type;
    }

    private static void check(String type) {
        if (!TYPES.contains(type)) {
            throw new NotFoundException("import", type);
        }
    }
}
