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
    private final IncidentQueries queries;
    private final AuditLog audit;
    private final Clock clock;
    private final IncidentSettings settings;

    FollowUpService(
            IncidentCases cases, IncidentQueries queries, AuditLog audit, Clock clock, IncidentSettings settings) {
        this.cases = cases;
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
        c.recordStep(step, change, actor, clock.instant().truncatedTo(ChronoUnit.MICROS));
        cases.save(c);
        audit.record(
                AuditLog.Action.UPDATE,
                "incident-step",
                c.step(step).id(),
                "follow-up: " + AuditLog.words(step.name()) + (steppingIn ? " (stepped in)" : ""));
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
        if (c.close(IncidentCase.Actor.of(v), clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            cases.save(c);
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
