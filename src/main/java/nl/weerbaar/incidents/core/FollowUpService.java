package nl.weerbaar.incidents.core;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.incidents.FollowUpStepCompleted;
import nl.weerbaar.incidents.IncidentClosed;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works a case: updates the follow-up steps, closes the case (only after feedback to the reporter and with every
 * step done or not applicable), records what the reporter adds later and links incidents into a stack. Only
 * handlers of the incident may change steps; each change is audited, completions publish
 * {@link FollowUpStepCompleted} and closing publishes {@link IncidentClosed}.
 */
@Service
public class FollowUpService {

    /** A change of one step; {@code amount} in euros as typed (comma or point), may be blank. */
    public record StepChange(
            String status, List<String> outcome, String notes, String otherSide, String amount, UUID ownerId) {}

    private final JdbcClient jdbc;
    private final IncidentQueries queries;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IncidentSettings settings;

    FollowUpService(
            JdbcClient jdbc,
            IncidentQueries queries,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            IncidentSettings settings) {
        this.clock = clock;
        this.settings = settings;
        this.jdbc = jdbc;
        this.queries = queries;
        this.audit = audit;
        this.events = events;
    }

    /** Validates and applies a change; throws {@link InvalidInputException} with field errors, nothing saved. */
    @Transactional
    public void updateStep(UUID incident, String step, StepChange change, Viewer v) {
        requireHandler(incident, v);
        IncidentQueries.Step current = queries.steps(incident).stream()
                .filter(s -> s.step().equals(step))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("step", step));
        if (isClosed(incident)) {
            throw new InvalidInputException("status", "incidents.error.closed");
        }
        FieldErrors errors = new FieldErrors();
        if (!Codes.STEP_STATUSES.contains(change.status())) {
            errors.reject("status", "incidents.error.invalid");
        }
        List<String> outcome = change.outcome() == null ? List.of() : change.outcome();
        if (!Codes.outcomes(step).containsAll(outcome)) {
            errors.reject("outcome", "incidents.error.invalid");
        }
        if (change.notes() != null && change.notes().length() > 8000) {
            errors.reject("notes", "incidents.error.tooLong");
        }
        if (change.otherSide() != null && change.otherSide().length() > 8000) {
            errors.reject("otherSide", "incidents.error.tooLong");
        }
        boolean done = "DONE".equals(change.status());
        if (done && "FEEDBACK".equals(step) && ReportValidator.blank(change.notes())) {
            errors.reject("notes", "incidents.error.feedback.required");
        }
        if (done
                && "PERPETRATOR_RESPONSE".equals(step)
                && !outcome.isEmpty()
                && ReportValidator.blank(change.otherSide())) {
            errors.reject("otherSide", "incidents.error.otherSide.required");
        }
        Long cents = null;
        if (change.amount() != null && !change.amount().isBlank()) {
            try {
                java.math.BigDecimal euros = new java.math.BigDecimal(euroText(change.amount()));
                if (euros.signum() < 0
                        || euros.scale() > 2
                        || euros.compareTo(new java.math.BigDecimal("100000000")) > 0) {
                    errors.reject("amount", "incidents.error.amount");
                } else {
                    cents = euros.movePointRight(2).longValueExact();
                }
            } catch (NumberFormatException | ArithmeticException e) {
                errors.reject("amount", "incidents.error.amount");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean newlyDone = done && !"DONE".equals(current.status());
        jdbc.sql("""
        UPDATE incident_step SET status = :status, outcome = string_to_array(:outcome, ','), notes = :notes,
               other_side = :otherSide, amount_cents = :cents, owner_id = COALESCE(CAST(:owner AS uuid), owner_id),
               completed_at = CASE WHEN :done THEN COALESCE(completed_at, :now) ELSE NULL END,
               completed_by = CASE WHEN :done THEN COALESCE(completed_by, :me) ELSE NULL END
         WHERE tenant_id = :tenant AND incident_id = :incident AND step = :step""")
                .param("status", change.status())
                .param("outcome", String.join(",", new LinkedHashSet<>(outcome)))
                .param("notes", blankToNull(change.notes()))
                .param("otherSide", blankToNull(change.otherSide()))
                .param("cents", cents)
                .param("owner", change.ownerId())
                .param("done", done)
                .param("now", java.sql.Timestamp.from(now))
                .param("me", v.userId())
                .param("tenant", TenantContext.require())
                .param("incident", incident)
                .param("step", step)
                .update();
        audit.record(AuditLog.Action.UPDATE, "incident-step", current.id(), "follow-up: " + AuditLog.words(step));
        if (newlyDone) {
            events.publishEvent(
                    new FollowUpStepCompleted(TenantContext.require(), incident, step, now, current.dueAt()));
        }
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
        if (isClosed(incident)) {
            return Optional.empty();
        }
        refuseWhileOpen(incident);
        IncidentQueries.Detail detail = queries.detail(incident, v, "close confirmation");
        return Optional.of(new Closing(detail.registeredAt(), settings.current().retentionYears()));
    }

    /** Closes the case; refuses while feedback is missing or a step is still open. */
    @Transactional
    public void close(UUID incident, Viewer v) {
        requireHandler(incident, v);
        if (isClosed(incident)) {
            return;
        }
        refuseWhileOpen(incident);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("UPDATE incident SET status = 'CLOSED', closed_at = ? WHERE tenant_id = ? AND id = ?")
                .params(java.sql.Timestamp.from(now), TenantContext.require(), incident)
                .update();
        audit.record(AuditLog.Action.UPDATE, "incident", incident, "close");
        events.publishEvent(new IncidentClosed(TenantContext.require(), incident, now));
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
        jdbc.sql("INSERT INTO incident_addition (id, tenant_id, incident_id, author_id, text) VALUES (?, ?, ?, ?, ?)")
                .params(id, TenantContext.require(), incident, v.userId(), text.strip())
                .update();
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
        jdbc.sql(
                        "INSERT INTO incident_link (tenant_id, incident_id, linked_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(TenantContext.require(), incident, other)
                .update();
        audit.record(AuditLog.Action.UPDATE, "incident", incident, "link");
    }

    private void requireHandler(UUID incident, Viewer v) {
        if (queries.access(incident, v)
                .filter(a -> a == IncidentQueries.Access.HANDLER)
                .isEmpty()) {
            throw new NotFoundException("incident", incident);
        }
    }

    private void refuseWhileOpen(UUID incident) {
        List<IncidentQueries.Step> steps = queries.steps(incident);
        boolean feedback = steps.stream().anyMatch(s -> "FEEDBACK".equals(s.step()) && "DONE".equals(s.status()));
        if (!feedback) {
            throw new InvalidInputException("close", "incidents.error.close.feedback");
        }
        if (!steps.stream().allMatch(IncidentQueries.Step::resolved)) {
            throw new InvalidInputException("close", "incidents.error.close.open");
        }
    }

    private boolean isClosed(UUID incident) {
        return jdbc.sql("SELECT status = 'CLOSED' FROM incident WHERE tenant_id = ? AND id = ?")
                .params(TenantContext.require(), incident)
                .query(Boolean.class)
                .single();
    }

    /** "1.234,56" and "1234.56" both mean 1234.56 euro. */
    static String euroText(String typed) {
        String t = typed.strip().replace("€", "").replace(" ", "");
        return t.contains(",") ? t.replace(".", "").replace(',', '.') : t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
