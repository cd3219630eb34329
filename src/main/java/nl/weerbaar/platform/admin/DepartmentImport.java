package nl.weerbaar.platform.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.AuditLog.Action;
import nl.weerbaar.platform.CsvReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of departments from CSV with the columns {@code code;naam}. A new code creates a department; a known
 * code with another name renames it; the same code and name changes nothing. All or nothing.
 */
@Service
class DepartmentImport {

    static final Map<String, String> COLUMNS = Map.of(
            "code",
            "code",
            "afdelingscode",
            "code",
            "naam",
            "naam",
            "afdeling",
            "naam",
            "afdelingsnaam",
            "naam",
            "omschrijving",
            "naam");
    static final String EXPECTED = "code;naam";

    private final Departments departments;
    private final AuditLog audit;

    DepartmentImport(Departments departments, AuditLog audit) {
        this.departments = departments;
        this.audit = audit;
    }

    /** What importing {@code table} would do; writes nothing. */
    @Transactional(readOnly = true)
    ImportPlan plan(CsvReader.Table table) {
        ImportPlan plan = new ImportPlan(table.header());
        List<String> canonical = plan.checkHeader(COLUMNS, List.of("code", "naam"), EXPECTED);
        if (!plan.ok()) {
            return plan;
        }
        Map<String, Departments.Row> byCode = new HashMap<>();
        Map<String, Departments.Row> byName = new HashMap<>();
        for (Departments.Row d : departments.all()) {
            byCode.put(d.code().toLowerCase(Locale.ROOT), d);
            byName.put(d.name().toLowerCase(Locale.ROOT), d);
        }
        Map<String, Long> codesInFile = new HashMap<>();
        Map<String, Long> namesInFile = new HashMap<>();
        for (CsvReader.Line line : table.lines()) {
            int before = plan.problems().size();
            if (line.values().size() > table.header().size()) {
                plan.problem(
                        line.number(),
                        null,
                        "admin.import.too-many-values",
                        line.values().size(),
                        table.header().size());
            }
            String code = ImportPlan.value(canonical, line, "code");
            String name = ImportPlan.value(canonical, line, "naam");
            if (code == null) {
                plan.problem(line.number(), "code", "admin.department.code.required");
            } else if (!code.matches("[\\p{L}\\p{N}._-]{1,20}")) {
                plan.problem(line.number(), "code", "admin.department.code.invalid");
            } else {
                Long first = codesInFile.putIfAbsent(code.toLowerCase(Locale.ROOT), line.number());
                if (first != null) {
                    plan.problem(line.number(), "code", "admin.import.duplicate", code, first);
                }
            }
            if (name == null) {
                plan.problem(line.number(), "naam", "admin.department.name.required");
            } else if (Text.length(name) < 2 || Text.length(name) > 120) {
                plan.problem(line.number(), "naam", "admin.department.name.length");
            } else {
                Long first = namesInFile.putIfAbsent(name.toLowerCase(Locale.ROOT), line.number());
                if (first != null) {
                    plan.problem(line.number(), "naam", "admin.import.duplicate", name, first);
                }
            }
            ImportPlan.Outcome outcome = ImportPlan.Outcome.ERROR;
            if (plan.problems().size() == before) {
                Departments.Row existing = byCode.get(code.toLowerCase(Locale.ROOT));
                Departments.Row sameName = byName.get(name.toLowerCase(Locale.ROOT));
                if (sameName != null && (existing == null || !sameName.id().equals(existing.id()))) {
                    plan.problem(line.number(), "naam", "admin.import.department.name-taken", name, sameName.code());
                } else if (existing == null) {
                    outcome = ImportPlan.Outcome.CREATE;
                } else {
                    outcome = existing.name().equals(name) ? ImportPlan.Outcome.UNCHANGED : ImportPlan.Outcome.UPDATE;
                }
            }
            plan.row(line, outcome);
        }
        if (table.lines().isEmpty()) {
            plan.problem(2, null, "admin.import.no-lines");
        }
        return plan;
    }

    /** Plans and, when the plan has no problems, carries it out completely in this one transaction. */
    @Transactional
    ImportPlan apply(CsvReader.Table table) {
        ImportPlan plan = plan(table);
        if (!plan.ok()) {
            return plan;
        }
        List<String> canonical = plan.checkHeader(COLUMNS, List.of(), EXPECTED);
        for (int i = 0; i < plan.rows().size(); i++) {
            ImportPlan.Row row = plan.rows().get(i);
            CsvReader.Line line = table.lines().get(i);
            String code = ImportPlan.value(canonical, line, "code");
            String name = ImportPlan.value(canonical, line, "naam");
            switch (row.outcome()) {
                case CREATE ->
                    audit.record(Action.CREATE, DepartmentAdmin.TYPE, departments.create(code, name), "csv import");
                case UPDATE -> {
                    Departments.Row existing = departments.byCode(code).orElseThrow();
                    departments.update(existing.id(), existing.code(), name);
                    audit.record(Action.UPDATE, DepartmentAdmin.TYPE, existing.id(), "csv import");
                }
                default -> {}
            }
        }
        audit.record(
                Action.IMPORT,
                DepartmentAdmin.TYPE,
                null,
                "csv import: " + plan.count(ImportPlan.Outcome.CREATE) + " created, "
                        + plan.count(ImportPlan.Outcome.UPDATE) + " updated");
        return plan;
    }
}
