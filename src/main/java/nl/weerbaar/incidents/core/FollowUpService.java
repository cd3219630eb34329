package nl.weerbaar.incidents.core;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.incidents.FollowUpStepCompleted;
import nl.weerbaar.incidents.IncidentClosed;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works a case: records what is done in the follow-up steps, closes the case, records what the reporter adds later
 * and links incidents into a stack. The rules are the {@link IncidentCase} aggregate's; this service finds the case
 * for someone who may see it (others get {@link NotFoundException}), writes the audit entries and saves the case,
 * whose events ({@link FollowUpStepCompleted}, {@link IncidentClosed}) the repository publishes in the same
 * transaction.
 */
@Service
public class FollowUpService {

    private final IncidentCases cases;
    private final CaseHistory history;
    private final IncidentQueries queries;
    private final AuditLog audit;
    private final Clock clock;
    private final IncidentSettings settings;

    FollowUpService(
            IncidentCases cases,
            CaseHistory history,
            IncidentQueries queries,
            AuditLog audit,
            Clock clock,
            IncidentSettings settings) {
        this.cases = cases;
        this.history = history;
        this.clock = clock;
        this.settings = settings;
        this.queries = queries;
        this.audit = audit;
    }

    /**
     * Records a change of one step by the step's owner, or by the coordinator or the secretary stepping in. Throws
     * {@link NotFoundException} for a case the viewer may not see, {@link nl.weerbaar.platform.NotAllowedException}
     * for a step the viewer may not work and {@link InvalidInputException} with field errors; nothing saved then.
     */
    @Transactional
    public void updateStep(UUID incident, StepType step, IncidentCase.StepChange change, Viewer v) {
        requireWorker(incident, v);
        IncidentCase c = cases.forChange(incident).orElseThrow(() -> new NotFoundException("incident", incident));
        IncidentCase.Actor actor = IncidentCase.Actor.of(v);
        boolean steppingIn = c.handling(c.step(step), actor) == IncidentCase.Handling.STEPPING_IN;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean completed = c.recordStep(step, change, actor, now);
        cases.save(c);
        history.record(
                incident,
                now,
                !completed
                        ? CaseHistory.Kind.STEP_SAVED
                        : steppingIn ? CaseHistory.Kind.STEP_STEPPED_IN : CaseHistory.Kind.STEP_COMPLETED,
                v.userId(),
                step.name());
        audit.record(
                AuditLog.Action.UPDATE,
                "incident-step",
                c.step(step).id(),
                "follow-up: " + AuditLog.words(step.name()) + (steppingIn ? " (stepped in)" : ""));
    }

    /** The steps of the case the viewer may work (as owner or stepping in); none once the case is closed. */
    @Transactional(readOnly = true)
    public java.util.Set<StepType> workable(UUID incident, Viewer v) {
        IncidentCase c = cases.find(incident).orElseThrow(() -> new NotFoundException("incident", incident));
        java.util.Set<StepType> out = java.util.EnumSet.noneOf(StepType.class);
        if (c.status() == CaseStatus.OPEN) {
            IncidentCase.Actor actor = IncidentCase.Actor.of(v);
            c.steps().stream()
                    .filter(s -> c.handling(s, actor) != IncidentCase.Handling.NONE)
                    .forEach(s -> out.add(s.type()));
        }
        return out;
    }

    /** A case before closing, for the confirmation step: when it was reported, how long it is kept once closed. */
    public record Closing(Instant registeredAt, int retentionYears) {}

    /**
     * What closing the case would mean; refuses as {@link #close} does (feedback missing, a step open) and changes
     * nothing. Empty when the case is closed already. The read is audited.
     */
    @Transactional
    public Optional<Closing> closing(UUID incident, Viewer v) {
        requireHandler(incident, v);
        IncidentCase c = cases.forChange(incident).orElseThrow(() -> new NotFoundException("incident", incident));
        if (c.status() == CaseStatus.CLOSED) {
            return Optional.empty();
        }
        c.reasonNotToClose().ifPresent(reason -> {
            throw new InvalidInputException("close", reason);
        });
        IncidentQueries.Detail detail = queries.detail(incident, v, "close confirmation");
        return Optional.of(new Closing(detail.registeredAt(), settings.current().retentionYears()));
    }

    /** Closes the case; refuses while feedback is missing or a step is still open. */
    @Transactional
    public void close(UUID incident, Viewer v) {
        requireHandler(incident, v);
        IncidentCase c = cases.forChange(incident).orElseThrow(() -> new NotFoundException("incident", incident));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (c.close(IncidentCase.Actor.of(v), now)) {
            cases.save(c);
            history.record(incident, now, CaseHistory.Kind.CLOSED, v.userId(), null);
            audit.record(AuditLog.Action.UPDATE, "incident", incident, "close");
        }
    }

    /** The reporter (or whoever registered it) adds information later. */
    @Transactional
    public void addInformation(UUID incident, String text, Viewer v) {
        if (queries.access(incident, v)
                .filter(a -> a != IncidentQueries.Access.OVERVIEW)
                .isEmpty()) {
            throw new NotFoundException("incident", incident);
        }
        if (ReportValidator.blank(text)) {
            throw new InvalidInputException("text", "incidents.error.addition.required");
        }
        if (text.length() > 4000) {
            throw new InvalidInputException("text", "incidents.error.tooLong");
        }
        FieldErrors unreadable = new FieldErrors();
        unreadable.rejectUnreadable("text", text);
        unreadable.throwIfAny();
        UUID id = UUID.randomUUID();
        cases.addAddition(id, incident, v.userId(), text.strip());
        audit.record(AuditLog.Action.CREATE, "incident-addition", id, "add-information");
    }

    /** Links two incidents the viewer both handles into one stack. */
    @Transactional
    public void link(UUID incident, UUID other, Viewer v) {
        requireHandler(incident, v);
        requireHandler(other, v);
        if (incident.equals(other)) {
            throw new InvalidInputException("linked", "incidents.error.link.self");
        }
        cases.link(incident, other);
        audit.record(AuditLog.Action.UPDATE, "incident", incident, "link");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        history.record(incident, now, CaseHistory.Kind.LINKED, v.userId(), numberOf(other));
        history.record(other, now, CaseHistory.Kind.LINKED, v.userId(), numberOf(incident));
    }

    /** Records that the viewer exported the case (the police-report dossier): audit log and the case's history. */
    @Transactional
    public void recordExport(UUID incident, String what, Viewer v) {
        audit.record(AuditLog.Action.EXPORT, "incident", incident, what);
        history.record(
                incident, clock.instant().truncatedTo(ChronoUnit.MICROS), CaseHistory.Kind.EXPORTED, v.userId(), what);
    }

    private String numberOf(UUID incident) {
        return queries.load(incident).map(IncidentQueries.Detail::caseNumber).orElse(null);
    }

    private void requireHandler(UUID incident, Viewer v) {
        if (queries.access(incident, v)
                .filter(a -> a == IncidentQueries.Access.HANDLER)
                .isEmpty()) {
            throw new NotFoundException("incident", incident);
        }
    }

    /**
     * Someone who may work steps of the case: a handler, or the secretary (who sees the overview and may step in
     * where the case allows it).
     */
    private void requireWorker(UUID incident, Viewer v) {
        if (queries.access(incident, v)
                .filter(a ->
                        a == IncidentQueries.Access.HANDLER || (a == IncidentQueries.Access.OVERVIEW && v.secretary()))
                .isEmpty()) {
            throw new NotFoundException("incident", incident);
        }
    }
}
