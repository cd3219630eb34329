package nl.weerbaar.processes.people;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.processes.analysis.Analysis;
import nl.weerbaar.processes.analysis.Findings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People, positions and applications of the analysis, and the imports that bring them in: one transaction per
 * call, each read of personal data and each change in the audit log within it.
 */
@Service
class PeopleService {

    /** The person page: the person with their real name, steps, access rights and findings. */
    record PersonPage(
            People.Person person,
            List<People.StepAuthorisation> steps,
            List<People.Access> access,
            List<Findings.Finding> findings) {}

    /** The position page: the position, every application and the applications the position needs. */
    record PositionPage(Functions.Position position, List<Functions.Application> applications, Set<UUID> needs) {}

    /** The outcome of an upload; {@code findings} (per kind) only when the file was loaded and analysed. */
    record Upload(ImportResult result, Map<String, Integer> findings) {}

    private final People people;
    private final Functions functions;
    private final Imports imports;
    private final Analysis analysis;
    private final Findings findings;
    private final AuditLog audit;

    PeopleService(
            People people, Functions functions, Imports imports, Analysis analysis, Findings findings, AuditLog audit) {
        this.people = people;
        this.functions = functions;
        this.imports = imports;
        this.analysis = analysis;
        this.findings = findings;
        this.audit = audit;
    }

    /** The person with their real name; {@link NotFoundException} for an unknown one. */
    @Transactional
    PersonPage person(UUID id, int findingLimit) {
        People.Person person = people.person(id).orElseThrow(() -> new NotFoundException("person", id));
        audit.read("processes-person", id, "person detail with name");
        return new PersonPage(person, people.steps(id), people.access(id), findings.list(null, null, id, findingLimit));
    }

    @Transactional
    List<Functions.Position> positions() {
        audit.read("processes-positions", null, "overview");
        return functions.positions();
    }

    /** The position; {@link NotFoundException} for an unknown one. */
    @Transactional(readOnly = true)
    Functions.Position position(UUID id) {
        return functions.position(id);
    }

    @Transactional
    PositionPage positionPage(UUID id) {
        var position = functions.position(id);
        audit.read("processes-position", id, "position detail");
        return new PositionPage(position, functions.applications(), functions.needs(id));
    }

    /** The ids of the applications in the register. */
    @Transactional(readOnly = true)
    Set<UUID> applicationIds() {
        Set<UUID> known = new HashSet<>();
        functions.applications().forEach(a -> known.add(a.id()));
        return known;
    }

    @Transactional
    void updatePosition(UUID id, boolean mandate, boolean broad, String screening, Integer years, Set<UUID> needs) {
        functions.position(id);
        functions.updatePosition(id, mandate, broad, screening, years, needs);
        audit.record(AuditLog.Action.UPDATE, "processes-position", id, "vulnerability and screening");
    }

    @Transactional
    List<Functions.Application> applications() {
        audit.read("processes-applications", null, "overview");
        return functions.applications();
    }

    @Transactional(readOnly = true)
    boolean applicationCodeTaken(String code) {
        return functions.applicationCodeTaken(code);
    }

    @Transactional
    UUID addApplication(String code, String name, boolean sensitive, String ownerEmail) {
        UUID id = functions.addApplication(code, name, sensitive, ownerEmail);
        audit.record(AuditLog.Action.CREATE, "processes-application", id, "register");
        return id;
    }

    @Transactional(readOnly = true)
    List<People.Import> lastImports() {
        return people.lastImports();
    }

    /** Loads a file; a good one is analysed again in the same transaction. */
    @Transactional
    Upload upload(Imports.Kind kind, byte[] file) {
        ImportResult result = imports.run(kind, file);
        return new Upload(result, result.ok() ? analysis.run() : null);
    }
}
