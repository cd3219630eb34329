package nl.weerbaar.processes.catalogue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.processes.catalogue.Catalogue.Control;
import nl.weerbaar.processes.catalogue.Catalogue.Kind;
import nl.weerbaar.processes.catalogue.Catalogue.Process;
import nl.weerbaar.processes.catalogue.Catalogue.Row;
import nl.weerbaar.processes.catalogue.Catalogue.Score;
import nl.weerbaar.processes.catalogue.Catalogue.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of processes, their risk assessments and the matrix settings: one transaction per call, each
 * read of the catalogue and each change in the audit log within it.
 */
@Service
class ProcessService {

    /** The catalogue overview: the reference codes of the chosen grouping and every process with its scores. */
    record Overview(RiskMatrix matrix, List<String> codes, List<Row> rows) {}

    /** One process with everything its page shows. */
    record Detail(
            Process process,
            RiskMatrix matrix,
            Map<Kind, Score> scores,
            List<Step> steps,
            List<Control> controls,
            List<Activities.Activity> activities) {}

    /** The heat map's figures: processes per cell, and how many processes there are in all. */
    record Heat(RiskMatrix matrix, Map<Score, Integer> counts, int processes) {}

    private final Catalogue catalogue;
    private final ProcessSettings settings;
    private final AuditLog audit;
    private final Activities activities;

    ProcessService(Catalogue catalogue, ProcessSettings settings, AuditLog audit, Activities activities) {
        this.catalogue = catalogue;
        this.settings = settings;
        this.audit = audit;
        this.activities = activities;
    }

    @Transactional
    Overview overview(String scheme) {
        RiskMatrix matrix = settings.current().matrix();
        Overview overview = new Overview(matrix, catalogue.referenceCodes(scheme), catalogue.rows());
        audit.read("processes-catalogue", null, "overview");
        return overview;
    }

    @Transactional(readOnly = true)
    List<String> referenceCodes(String scheme) {
        return catalogue.referenceCodes(scheme);
    }

    @Transactional(readOnly = true)
    boolean nameTaken(String name) {
        return catalogue.nameTaken(name);
    }

    @Transactional
    UUID create(Process p) {
        UUID id = catalogue.create(p);
        audit.record(AuditLog.Action.CREATE, "processes-process", id, "catalogue");
        return id;
    }

    /** The process; {@link nl.weerbaar.platform.NotFoundException} for an unknown one. */
    @Transactional(readOnly = true)
    Process get(UUID id) {
        return catalogue.get(id);
    }

    @Transactional
    Detail detail(UUID id) {
        Process p = catalogue.get(id);
        audit.read("processes-process", id, "process detail");
        return new Detail(
                p,
                settings.current().matrix(),
                catalogue.scores(id),
                catalogue.steps(id),
                catalogue.controls(id),
                activities.all());
    }

    @Transactional
    RiskMatrix matrix() {
        return settings.current().matrix();
    }

    @Transactional
    void assess(UUID id, Map<Kind, Score> scores) {
        catalogue.get(id);
        scores.forEach((kind, score) -> catalogue.assess(id, kind, score));
        audit.record(AuditLog.Action.UPDATE, "processes-assessment", id, "risk assessment");
    }

    @Transactional
    void updateDimensions(UUID id, String origin, String intent, String cause) {
        catalogue.get(id);
        catalogue.updateDimensions(id, origin, intent, cause);
        audit.record(AuditLog.Action.UPDATE, "processes-process", id, "dimensions");
    }

    @Transactional
    void saveControl(UUID id, Control control) {
        catalogue.get(id);
        catalogue.saveControl(id, control);
        audit.record(AuditLog.Action.UPDATE, "processes-control", id, AuditLog.words(control.type()));
    }

    @Transactional(readOnly = true)
    boolean stepCodeTaken(String code) {
        return catalogue.stepCodeTaken(code);
    }

    /** Adds a step; {@code activity} is the name a person typed (or null), found or added by {@link Activities}. */
    @Transactional
    void addStep(UUID id, String code, String name, String activity) {
        catalogue.get(id);
        catalogue.addStep(id, code, name, activity == null ? null : activities.codeFor(activity));
        audit.record(AuditLog.Action.CREATE, "processes-step", id, code);
    }

    @Transactional
    Heat heat(Kind kind) {
        RiskMatrix matrix = settings.current().matrix();
        Heat heat = new Heat(matrix, catalogue.heat(kind), catalogue.rows().size());
        audit.read("processes-heatmap", null, kind.name());
        return heat;
    }

    /** The settings of the current municipality, created on first use. */
    @Transactional
    ProcessSettings.Settings settings() {
        return settings.current();
    }

    /** The highest likelihood and impact assessed so far: the matrix cannot shrink below them. */
    @Transactional(readOnly = true)
    Score highestScores() {
        return catalogue.highestScores();
    }

    @Transactional
    void updateSettings(int likelihoodLevels, int impactLevels, int langzitterYears) {
        settings.update(likelihoodLevels, impactLevels, langzitterYears);
        audit.record(AuditLog.Action.UPDATE, "processes-settings", null, "matrix and thresholds");
    }
}
