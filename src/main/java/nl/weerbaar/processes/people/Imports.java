package nl.weerbaar.processes.people;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.CsvReader;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.processes.catalogue.ProcessSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the municipality's HR and access data. Each import first checks every line; when any line is wrong,
 * nothing is written and the problems are returned per line. Otherwise the rows are loaded set-based (binary COPY
 * into a staging table, then one INSERT … SELECT; access rights straight into a fresh partition of the
 * municipality, see migration V2026.11.23.55), in one transaction. Persons are added or updated by employee
 * number; step authorisations and access rights replace the previous ones (the file is the complete picture).
 */
@Service
public class Imports {

    public enum Kind {
        PERSONS,
        STEPS,
        ACCESS
    }

    static final Columns PERSON_COLUMNS = new Columns(List.of(
            Columns.required(
                    "no", "personeelsnummer", "medewerkernummer", "personeelsnr", "employeenumber", "employeeno"),
            Columns.required("name", "naam", "volledigenaam", "name"),
            Columns.required("position", "functie", "functienaam", "position"),
            Columns.required("department", "afdeling", "organisatieonderdeel", "department"),
            Columns.required("start", "datumindienst", "startdatum", "infunctiesinds", "indienst", "startdate"),
            Columns.optional("end", "datumuitdienst", "einddatum", "uitdienst", "enddate"),
            Columns.optional("email", "email", "emailadres", "mail"),
            Columns.optional("manager", "leidinggevende", "manager"),
            Columns.optional("scale", "schaal", "salarisschaal", "scale")));

    static final Columns STEP_COLUMNS = new Columns(List.of(
            Columns.required(
                    "no", "personeelsnummer", "medewerkernummer", "personeelsnr", "employeenumber", "employeeno"),
            Columns.required("step", "stapcode", "stap", "processtap", "step", "stepcode"),
            Columns.optional("since", "sinds", "vanaf", "since")));

    static final Columns ACCESS_COLUMNS = new Columns(List.of(
            Columns.required(
                    "no",
                    "personeelsnummer",
                    "medewerkernummer",
                    "personeelsnr",
                    "employeenumber",
                    "employeeno",
                    "gebruiker"),
            Columns.required("app", "applicatie", "applicatiecode", "systeem", "application"),
            Columns.required("right", "recht", "rol", "autorisatie", "right", "role")));

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ProcessSettings settings;
    private final AuditLog audit;

    Imports(JdbcClient jdbc, DataSource dataSource, ProcessSettings settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.settings = settings;
        this.audit = audit;
    }

    /** Imports one file of the given kind; see the class comment for what happens with wrong lines. */
    @Transactional
    public ImportResult run(Kind kind, byte[] file) {
        CsvReader.Table csv;
        try {
            csv = CsvReader.unlimited().read(file);
        } catch (CsvReader.Refused e) {
            ImportSupport s = new ImportSupport();
            s.problem(0, e.messageKey(), e.args());
            return s.result(kind.name(), 0, "?");
        }
        ImportResult result = switch (kind) {
            case PERSONS -> persons(csv);
            case STEPS -> steps(csv);
            case ACCESS -> access(csv);
        };
        if (result.ok()) {
            jdbc.sql("SELECT proc_refresh_statistics()").query().singleRow();
            UUID by = CurrentUser.get().map(UserIdentity::userId).orElse(null);
            UUID id = UUID.randomUUID();
            jdbc.sql(
                            "INSERT INTO proc_import (id, tenant_id, kind, rows, encoding, imported_by) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, TenantContext.require(), kind.name(), result.rows(), result.encoding(), by)
                    .update();
            audit.record(AuditLog.Action.IMPORT, "processes-import", id, kind.name());
        }
        return result;
    }

    private ImportResult persons(CsvReader.Table csv) {
        ImportSupport s = new ImportSupport();
        Map<String, Integer> col = PERSON_COLUMNS.resolve(csv.header(), s.problems);
        if (!s.problems.isEmpty()) {
            s.problemCount = s.problems.size();
            return s.result("PERSONS", 0, csv.encoding());
        }
        record P(
                String no,
                String name,
                String position,
                String department,
                LocalDate start,
                LocalDate end,
                String email,
                String manager,
                Integer scale) {}
        Map<String, Long> seen = new HashMap<>();
        List<P> rows = new java.util.ArrayList<>();
        for (CsvReader.Line line : csv.lines()) {
            if (!s.fieldCount(line, csv.header().size())) {
                continue;
            }
            String no = s.required(line, col, "no", "personeelsnummer", 40);
            String name = s.required(line, col, "name", "naam", 120);
            String position = s.required(line, col, "position", "functie", 120);
            String department = s.required(line, col, "department", "afdeling", 120);
            LocalDate start = s.date(line, s.required(line, col, "start", "datum in dienst", 40), "datum in dienst");
            LocalDate end = s.date(line, ImportSupport.value(line, col, "end"), "datum uit dienst");
            if (start != null && end != null && end.isBefore(start)) {
                s.problem(line.number(), "processes.import.error.end-before-start");
            }
            Integer scale = null;
            String sc = ImportSupport.value(line, col, "scale");
            if (sc != null) {
                try {
                    scale = Integer.valueOf(sc);
                    if (scale < 1 || scale > 18) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    s.problem(line.number(), "processes.import.error.scale", sc);
                }
            }
            if (no != null) {
                Long first = seen.putIfAbsent(no.toLowerCase(Locale.ROOT), line.number());
                if (first != null) {
                    s.problem(line.number(), "processes.import.error.duplicate", first);
                }
            }
            rows.add(new P(
                    no,
                    name,
                    position,
                    department,
                    start,
                    end,
                    ImportSupport.value(line, col, "email"),
                    ImportSupport.value(line, col, "manager"),
                    scale));
        }
        Set<String> known = new HashSet<>(ImportSupport.ids(jdbc, "SELECT employee_no, id FROM proc_person")
                .keySet());
        known.addAll(seen.keySet());
        int i = 0;
        for (CsvReader.Line line : csv.lines()) {
            if (line.values().size() == csv.header().size()) {
                P p = rows.get(i++);
                if (p.manager() != null && !known.contains(p.manager().toLowerCase(Locale.ROOT))) {
                    s.problem(line.number(), "processes.import.error.unknown-manager", p.manager());
                }
            }
        }
        if (s.problemCount > 0) {
            return s.result("PERSONS", 0, csv.encoding());
        }
        Map<String, UUID> positions = new HashMap<>();
        for (P p : rows) {
            positions.computeIfAbsent(
                    p.position(),
                    n -> jdbc.sql("""
          INSERT INTO proc_position (id, tenant_id, name, salary_scale) VALUES (?, ?, ?, ?)
          ON CONFLICT (tenant_id, name) DO UPDATE SET salary_scale = coalesce(excluded.salary_scale,
                 proc_position.salary_scale) RETURNING id""")
                            .params(UUID.randomUUID(), TenantContext.require(), n, p.scale())
                            .query(UUID.class)
                            .single());
        }
        Pseudonyms pseudonyms = new Pseudonyms(settings.current().pseudonymKey());
        try (StagingCopy copy = StagingCopy.open(dataSource, "proc_stage_person", """
        employee_no text, pseudonym text, name text, email text, position_id uuid, department text, manager_no text,
        start_date date, end_date date""")) {
            for (P p : rows) {
                copy.value(p.no())
                        .value(pseudonyms.of(p.no()))
                        .value(p.name())
                        .value(p.email())
                        .value(positions.get(p.position()))
                        .value(p.department())
                        .value(p.manager())
                        .value(p.start())
                        .value(p.end())
                        .endRow();
            }
        }
        jdbc.sql("""
        INSERT INTO proc_person (id, tenant_id, employee_no, pseudonym, name, email, position_id, department, manager_no,
                                 start_date, end_date)
        SELECT gen_random_uuid(), current_tenant(), s.* FROM proc_stage_person s
        ON CONFLICT (tenant_id, employee_no) DO UPDATE SET name = excluded.name, email = excluded.email,
               position_id = excluded.position_id, department = excluded.department, manager_no = excluded.manager_no,
               start_date = excluded.start_date, end_date = excluded.end_date""").update();
        return s.result("PERSONS", rows.size(), csv.encoding());
    }

    private ImportResult steps(CsvReader.Table csv) {
        ImportSupport s = new ImportSupport();
        Map<String, Integer> col = STEP_COLUMNS.resolve(csv.header(), s.problems);
        if (!s.problems.isEmpty()) {
            s.problemCount = s.problems.size();
            return s.result("STEPS", 0, csv.encoding());
        }
        Map<String, UUID> persons = ImportSupport.ids(jdbc, "SELECT employee_no, id FROM proc_person");
        Map<String, UUID> steps = ImportSupport.ids(jdbc, "SELECT code, id FROM proc_step");
        Map<String, Long> seen = new HashMap<>();
        record A(UUID person, UUID step, LocalDate since) {}
        List<A> rows = new java.util.ArrayList<>();
        for (CsvReader.Line line : csv.lines()) {
            if (!s.fieldCount(line, csv.header().size())) {
                continue;
            }
            String no = s.required(line, col, "no", "personeelsnummer", 40);
            String code = s.required(line, col, "step", "stapcode", 40);
            LocalDate since = s.date(line, ImportSupport.value(line, col, "since"), "sinds");
            UUID person = no == null ? null : persons.get(no.toLowerCase(Locale.ROOT));
            UUID step = code == null ? null : steps.get(code.toLowerCase(Locale.ROOT));
            if (no != null && person == null) {
                s.problem(line.number(), "processes.import.error.unknown-person", no);
            }
            if (code != null && step == null) {
                s.problem(line.number(), "processes.import.error.unknown-step", code);
            }
            if (person != null && step != null) {
                Long first = seen.putIfAbsent(person + "/" + step, line.number());
                if (first != null) {
                    s.problem(line.number(), "processes.import.error.duplicate", first);
                }
                rows.add(new A(person, step, since));
            }
        }
        if (s.problemCount > 0) {
            return s.result("STEPS", 0, csv.encoding());
        }
        jdbc.sql("DELETE FROM proc_step_auth").update();
        try (StagingCopy copy =
                StagingCopy.open(dataSource, "proc_stage_step", "person_id uuid, step_id uuid, since date")) {
            rows.forEach(
                    a -> copy.value(a.person()).value(a.step()).value(a.since()).endRow());
        }
        jdbc.sql("INSERT INTO proc_step_auth (tenant_id, person_id, step_id, since) "
                        + "SELECT current_tenant(), person_id, step_id, since FROM proc_stage_step")
                .update();
        return s.result("STEPS", rows.size(), csv.encoding());
    }

    private ImportResult access(CsvReader.Table csv) {
        ImportSupport s = new ImportSupport();
        Map<String, Integer> col = ACCESS_COLUMNS.resolve(csv.header(), s.problems);
        if (!s.problems.isEmpty()) {
            s.problemCount = s.problems.size();
            return s.result("ACCESS", 0, csv.encoding());
        }
        AccessRows rows = AccessRows.check(
                csv,
                col,
                s,
                ImportSupport.ids(jdbc, "SELECT employee_no, id FROM proc_person"),
                ImportSupport.ids(jdbc, "SELECT code, id FROM proc_application"));
        if (s.problemCount > 0) {
            return s.result("ACCESS", 0, csv.encoding());
        }
        // The municipality's rights are replaced as a whole: streamed into a fresh table that becomes its partition.
        String load =
                jdbc.sql("SELECT proc_access_begin_load()").query(String.class).single();
        try (StagingCopy copy =
                StagingCopy.into(dataSource, load, "tenant_id, person_id, application_id, access_right")) {
            rows.copyTo(copy, TenantContext.require());
        }
        jdbc.sql("SELECT proc_access_end_load()").query().singleRow();
        return s.result("ACCESS", rows.size(), csv.encoding());
    }
}
