package nl.weerbaar.platform.admin;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.AuditLog.Action;
import nl.weerbaar.platform.CsvReader;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of new users from CSV: {@code gebruikersnaam;naam;email;afdeling;functie;rollen} and optionally
 * {@code doelgroep} (for confidants: ambtenaren or ambtsdragers). {@code afdeling} is a department's code or name,
 * {@code functie} a position's name; {@code rollen} are separated by {@code |} or {@code ,} and default to
 * medewerker. Imported users get no password: they log in through their organisation unless an administrator
 * sets one. Existing user names are refused (the import creates, it does not change). All or nothing. The role
 * vertrouwenspersoon is not given by the import: for each such user a request waits for a secretary's approval
 * ({@link ConfidantApprovals}); where no secretary can approve, the line is refused (use the user form and name an
 * approver there).
 */
@Service
class UserImport {

    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("gebruikersnaam", "gebruikersnaam"),
            Map.entry("inlognaam", "gebruikersnaam"),
            Map.entry("naam", "naam"),
            Map.entry("volledigenaam", "naam"),
            Map.entry("email", "email"),
            Map.entry("e-mail", "email"),
            Map.entry("e-mailadres", "email"),
            Map.entry("emailadres", "email"),
            Map.entry("afdeling", "afdeling"),
            Map.entry("functie", "functie"),
            Map.entry("rollen", "rollen"),
            Map.entry("rol", "rollen"),
            Map.entry("doelgroep", "doelgroep"));
    static final String EXPECTED = "gebruikersnaam;naam;email;afdeling;functie;rollen";

    /** Role names accepted in the file, Dutch and English, lower case. */
    static final Map<String, Role> ROLE_NAMES = Map.ofEntries(
            Map.entry("medewerker", Role.EMPLOYEE),
            Map.entry("leidinggevende", Role.MANAGER),
            Map.entry("vertrouwenspersoon", Role.CONFIDANT),
            Map.entry("coordinator", Role.COORDINATOR),
            Map.entry("coördinator", Role.COORDINATOR),
            Map.entry("weerbaarheidscoördinator", Role.COORDINATOR),
            Map.entry("weerbaarheidscoordinator", Role.COORDINATOR),
            Map.entry("secretaris", Role.SECRETARY),
            Map.entry("gemeentesecretaris", Role.SECRETARY),
            Map.entry("jurist", Role.LEGAL),
            Map.entry("beheerder", Role.ADMIN),
            Map.entry("functioneel beheerder", Role.ADMIN),
            Map.entry("employee", Role.EMPLOYEE),
            Map.entry("manager", Role.MANAGER),
            Map.entry("confidant", Role.CONFIDANT),
            Map.entry("secretary", Role.SECRETARY),
            Map.entry("legal", Role.LEGAL),
            Map.entry("admin", Role.ADMIN));

    static final Map<String, String> SCOPES = Map.of(
            "ambtenaren",
            "CIVIL_SERVANTS",
            "ambtsdragers",
            "OFFICE_HOLDERS",
            "politieke ambtsdragers",
            "OFFICE_HOLDERS",
            "bestuurders",
            "OFFICE_HOLDERS");

    private final Users users;
    private final Departments departments;
    private final Positions positions;
    private final AuditLog audit;
    private final ConfidantApprovals confidants;

    UserImport(
            Users users, Departments departments, Positions positions, AuditLog audit, ConfidantApprovals confidants) {
        this.users = users;
        this.departments = departments;
        this.positions = positions;
        this.audit = audit;
        this.confidants = confidants;
    }

    /** A checked line, ready to be created. */
    private record Candidate(UserForm form, Set<Role> roles) {}

    @Transactional(readOnly = true)
    ImportPlan plan(CsvReader.Table table) {
        return check(table, null);
    }

    /** Plans and, when the plan has no problems, creates every user in this one transaction. */
    @Transactional
    ImportPlan apply(CsvReader.Table table) {
        Map<Long, Candidate> candidates = new HashMap<>();
        ImportPlan plan = check(table, candidates);
        if (!plan.ok()) {
            return plan;
        }
        for (ImportPlan.Row row : plan.rows()) {
            Candidate c = candidates.get(row.line());
            Set<Role> roles = EnumSet.copyOf(c.roles());
            String scope = c.form().getConfidantScope();
            boolean confidant = roles.remove(Role.CONFIDANT);
            c.form().setConfidantScope(null);
            UUID id = users.create(c.form(), null);
            users.setRoles(id, roles);
            audit.record(Action.CREATE, UserAdmin.TYPE, id, "csv import");
            if (confidant) {
                confidants.file(
                        confidants.request(
                                ConfidantApprovals.ROLE,
                                null,
                                c.form().getDisplayName(),
                                scope,
                                CurrentUser.require().userId(),
                                null,
                                new org.springframework.validation.MapBindingResult(new HashMap<>(), "import")),
                        id);
            }
        }
        audit.record(
                Action.IMPORT,
                UserAdmin.TYPE,
                null,
                "csv import: " + plan.rows().size() + " created");
        return plan;
    }

    private ImportPlan check(CsvReader.Table table, Map<Long, Candidate> candidates) {
        ImportPlan plan = new ImportPlan(table.header());
        List<String> canonical = plan.checkHeader(COLUMNS, List.of("gebruikersnaam", "naam"), EXPECTED);
        if (!plan.ok()) {
            return plan;
        }
        Map<String, UUID> departmentIds = new HashMap<>();
        for (Departments.Row d : departments.all()) {
            departmentIds.put(d.name().toLowerCase(Locale.ROOT), d.id());
            departmentIds.put(d.code().toLowerCase(Locale.ROOT), d.id());
        }
        Map<String, UUID> positionIds = new HashMap<>();
        positions.all().forEach(p -> positionIds.put(p.name().toLowerCase(Locale.ROOT), p.id()));
        Map<String, Long> namesInFile = new HashMap<>();
        boolean hasSecretary =
                confidants.approverChoices(CurrentUser.require().userId(), null).isEmpty();
        for (CsvReader.Line line : table.lines()) {
            int before = plan.problems().size();
            long n = line.number();
            if (line.values().size() > table.header().size()) {
                plan.problem(
                        n,
                        null,
                        "admin.import.too-many-values",
                        line.values().size(),
                        table.header().size());
            }
            UserForm form = new UserForm();
            String username = ImportPlan.value(canonical, line, "gebruikersnaam");
            form.setUsername(username);
            if (username == null) {
                plan.problem(n, "gebruikersnaam", "admin.user.username.required");
            } else if (!username.matches("[A-Za-z0-9._@-]{3,120}")) {
                plan.problem(n, "gebruikersnaam", "admin.user.username.invalid");
            } else if (namesInFile.putIfAbsent(username.toLowerCase(Locale.ROOT), n) != null) {
                plan.problem(
                        n,
                        "gebruikersnaam",
                        "admin.import.duplicate",
                        username,
                        namesInFile.get(username.toLowerCase(Locale.ROOT)));
            } else if (users.usernameTaken(username, null)) {
                plan.problem(n, "gebruikersnaam", "admin.user.username.taken");
            }
            form.setDisplayName(ImportPlan.value(canonical, line, "naam"));
            if (form.getDisplayName() == null) {
                plan.problem(n, "naam", "admin.user.name.required");
            } else if (Text.length(form.getDisplayName()) > 120) {
                plan.problem(n, "naam", "admin.user.name.length");
            }
            form.setEmail(ImportPlan.value(canonical, line, "email"));
            if (form.getEmail() != null
                    && (form.getEmail().length() > 254 || !form.getEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
                plan.problem(n, "email", "admin.user.email.invalid");
            }
            String department = ImportPlan.value(canonical, line, "afdeling");
            if (department != null) {
                form.setDepartmentId(departmentIds.get(department.toLowerCase(Locale.ROOT)));
                if (form.getDepartmentId() == null) {
                    plan.problem(n, "afdeling", "admin.import.department.unknown", department);
                }
            }
            String position = ImportPlan.value(canonical, line, "functie");
            if (position != null) {
                form.setPositionId(positionIds.get(position.toLowerCase(Locale.ROOT)));
                if (form.getPositionId() == null) {
                    plan.problem(n, "functie", "admin.import.position.unknown", position);
                }
            }
            Set<Role> roles = roles(plan, n, ImportPlan.value(canonical, line, "rollen"));
            String scope = ImportPlan.value(canonical, line, "doelgroep");
            if (scope != null) {
                form.setConfidantScope(SCOPES.get(scope.toLowerCase(Locale.ROOT)));
                if (form.getConfidantScope() == null) {
                    plan.problem(n, "doelgroep", "admin.import.scope.unknown", scope);
                } else if (!roles.contains(Role.CONFIDANT)) {
                    plan.problem(n, "doelgroep", "admin.user.scope.only-confidant");
                }
            } else if (roles.contains(Role.CONFIDANT)) {
                plan.problem(n, "doelgroep", "admin.import.scope.required");
            }
            if (roles.contains(Role.CONFIDANT) && !hasSecretary) {
                plan.problem(n, "rollen", "admin.import.confidant.no-approver");
            }
            boolean fine = plan.problems().size() == before;
            plan.row(line, fine ? ImportPlan.Outcome.CREATE : ImportPlan.Outcome.ERROR);
            if (fine && candidates != null) {
                candidates.put(n, new Candidate(form, roles));
            }
        }
        if (table.lines().isEmpty()) {
            plan.problem(2, null, "admin.import.no-lines");
        }
        return plan;
    }

    private static Set<Role> roles(ImportPlan plan, long line, String value) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value == null) {
            roles.add(Role.EMPLOYEE);
            return roles;
        }
        for (String part : value.split("[|,]")) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            Role role = ROLE_NAMES.getOrDefault(name, UserAdmin.parse(name));
            if (role == null || role == Role.OPERATOR) {
                plan.problem(line, "rollen", "admin.user.roles.invalid", part.strip());
            } else {
                roles.add(role);
            }
        }
        if (roles.isEmpty()) {
            roles.add(Role.EMPLOYEE);
        }
        return roles;
    }
}
