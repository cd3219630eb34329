package nl.weerbaar.incidents.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incidents.FollowUpStepCompleted;
import nl.weerbaar.incidents.IncidentClosed;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotAllowedException;

/**
 * An incident as a case: its follow-up steps and whether it is closed. State changes only through the
 * intention-revealing methods, which hold the follow-up rules:
 *
 * <ul>
 *   <li>only a step's owner works it; the coordinator and the secretary may step in (recorded with the step), but not
 *       in a confidential case and not when the reporter excluded them;
 *   <li>people the reporter excluded never handle the case, whatever their role or ownership;
 *   <li>a closed case changes no more; it closes only with the feedback to the reporter given and every other step
 *       done or not applicable.
 * </ul>
 *
 * The module's events are collected here and published by {@link IncidentCases#save} in the same transaction.
 */
public final class IncidentCase {

    /** Who acts: the user and whether they are the coordinator or the secretary (who may step in). */
    public record Actor(UUID userId, boolean coordinator, boolean secretary) {

        public static Actor of(Viewer v) {
            return new Actor(v.userId(), v.coordinator(), v.secretary());
        }
    }

    /**
     * What someone records for a step, as entered; {@code amount} in euros as typed, may be blank; {@code police} only
     * for the police-report step (null elsewhere, and where nothing of it was sent).
     */
    public record StepChange(
            String status, List<String> outcome, String notes, String otherSide, String amount, PoliceReport police) {

        public StepChange(String status, List<String> outcome, String notes, String otherSide, String amount) {
            this(status, outcome, notes, otherSide, amount, null);
        }
    }

    /**
     * What a police report needs besides its kind (the step's outcome: aangifte, melding, ELA or none, and whether the
     * employer reports too): the date, the police unit, the police registration (PV) number, who guided the employee
     * and, when none was made, why. Any field may be null.
     */
    public record PoliceReport(
            java.time.LocalDate reportedOn,
            String policeUnit,
            String pvNumber,
            String guidedBy,
            String noReportReason) {

        public static final PoliceReport NONE = new PoliceReport(null, null, null, null, null);

        PoliceReport stripped() {
            return new PoliceReport(
                    reportedOn,
                    blankToNull(policeUnit),
                    blankToNull(pvNumber),
                    blankToNull(guidedBy),
                    blankToNull(noReportReason));
        }
    }

    static final int MAX_TEXT = 8000;

    private final UUID id;
    private final UUID tenantId;
    private final boolean confidential;
    private final Set<UUID> excluded;
    private CaseStatus status;
    private Instant closedAt;
    private final List<FollowUpStep> steps;
    private final List<Object> events = new ArrayList<>();

    IncidentCase(
            UUID id,
            UUID tenantId,
            boolean confidential,
            Set<UUID> excluded,
            CaseStatus status,
            Instant closedAt,
            List<FollowUpStep> steps) {
        this.id = id;
        this.tenantId = tenantId;
        this.confidential = confidential;
        this.excluded = Set.copyOf(excluded);
        this.status = status;
        this.closedAt = closedAt;
        this.steps = List.copyOf(steps);
    }

    /**
     * Records what {@code actor} did in a step. Throws {@link NotAllowedException} when the actor may not work this
     * step, {@link InvalidInputException} with field errors for a closed case or input the step cannot hold; nothing
     * changes then. Completing the step collects {@link FollowUpStepCompleted}; returns whether this completed it.
     */
    public boolean recordStep(StepType type, StepChange change, Actor actor, Instant now) {
        FollowUpStep step = step(type);
        boolean steppingIn = requireMayWork(step, actor);
        if (status == CaseStatus.CLOSED) {
            throw new InvalidInputException("status", "incidents.error.closed");
        }
        FieldErrors errors = new FieldErrors();
        StepStatus newStatus = StepStatus.of(change.status());
        if (newStatus == null) {
            errors.reject("status", "incidents.error.invalid");
        }
        List<String> outcome =
                change.outcome() == null ? List.of() : List.copyOf(new LinkedHashSet<>(change.outcome()));
        if (!type.allows(outcome)) {
            errors.reject("outcome", "incidents.error.invalid");
        }
        if (change.notes() != null && change.notes().length() > MAX_TEXT) {
            errors.reject("notes", "incidents.error.tooLong");
        }
        if (change.otherSide() != null && change.otherSide().length() > MAX_TEXT) {
            errors.reject("otherSide", "incidents.error.tooLong");
        }
        boolean done = newStatus == StepStatus.DONE;
        if (done && type == StepType.FEEDBACK && blank(change.notes())) {
            errors.reject("notes", "incidents.error.feedback.required");
        }
        if (done && type == StepType.PERPETRATOR_RESPONSE && !outcome.isEmpty() && blank(change.otherSide())) {
            errors.reject("otherSide", "incidents.error.otherSide.required");
        }
        Long cents = cents(change.amount(), errors);
        PoliceReport police = null;
        if (type == StepType.POLICE_REPORT && change.police() != null) {
            police = change.police().stripped();
            tooLong(errors, "policeUnit", police.policeUnit(), 200);
            tooLong(errors, "pvNumber", police.pvNumber(), 50);
            tooLong(errors, "guidedBy", police.guidedBy(), 200);
            tooLong(errors, "noReportReason", police.noReportReason(), 2000);
            if (done && outcome.contains("NO_REPORT") && police.noReportReason() == null) {
                errors.reject("noReportReason", "incidents.error.police.reason");
            }
        }
        errors.throwIfAny();
        if (police != null) {
            step.recordPolice(police);
        }
        boolean completed = step.record(
                newStatus,
                outcome,
                blankToNull(change.notes()),
                blankToNull(change.otherSide()),
                cents,
                actor.userId(),
                steppingIn,
                now);
        if (completed) {
            events.add(new FollowUpStepCompleted(tenantId, id, type.name(), now, step.dueAt()));
        }
        return completed;
    }

    /**
     * Whether {@code actor} may work {@code step}: true when stepping in (not the owner), false when the owner;
     * throws {@link NotAllowedException} for anyone else.
     */
    boolean requireMayWork(FollowUpStep step, Actor actor) {
        return switch (handling(step, actor)) {
            case OWNER -> false;
            case STEPPING_IN -> true;
            case NONE -> throw new NotAllowedException("status", "incidents.error.notOwner");
        };
    }

    /** How {@code actor} may work {@code step}. */
    public Handling handling(FollowUpStep step, Actor actor) {
        if (actor.userId() == null || excluded.contains(actor.userId())) {
            return Handling.NONE;
        }
        if (actor.userId().equals(step.ownerId())) {
            return Handling.OWNER;
        }
        if (!confidential && (actor.coordinator() || actor.secretary())) {
            return Handling.STEPPING_IN;
        }
        return Handling.NONE;
    }

    /** How someone may work a step. */
    public enum Handling {
        OWNER,
        STEPPING_IN,
        NONE
    }

    /** Whether the case may close now; empty when it may, otherwise the message key of the reason. */
    public java.util.Optional<String> reasonNotToClose() {
        boolean feedback = steps.stream().anyMatch(s -> s.type() == StepType.FEEDBACK && s.status() == StepStatus.DONE);
        if (!feedback) {
            return java.util.Optional.of("incidents.error.close.feedback");
        }
        if (!steps.stream().allMatch(FollowUpStep::isResolved)) {
            return java.util.Optional.of("incidents.error.close.open");
        }
        return java.util.Optional.empty();
    }

    /**
     * Closes the case: only with the feedback given and every step resolved ({@link InvalidInputException} on the
     * field {@code close} otherwise), never by someone the reporter excluded. Returns false when it was closed already
     * (nothing changes); closing collects {@link IncidentClosed}.
     */
    public boolean close(Actor actor, Instant now) {
        if (actor.userId() == null || excluded.contains(actor.userId())) {
            throw new NotAllowedException("close", "incidents.error.notOwner");
        }
        if (status == CaseStatus.CLOSED) {
            return false;
        }
        reasonNotToClose().ifPresent(reason -> {
            throw new InvalidInputException("close", reason);
        });
        status = CaseStatus.CLOSED;
        closedAt = now;
        events.add(new IncidentClosed(tenantId, id, now));
        return true;
    }

    /** The step of this type. */
    public FollowUpStep step(StepType type) {
        return steps.stream()
                .filter(s -> s.type() == type)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("case " + id + " has no step " + type));
    }

    /** The events collected since the last call, in order; cleared. */
    List<Object> pullEvents() {
        List<Object> out = List.copyOf(events);
        events.clear();
        return out;
    }

    public UUID id() {
        return id;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public boolean confidential() {
        return confidential;
    }

    public CaseStatus status() {
        return status;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<FollowUpStep> steps() {
        return steps;
    }

    /** "1.234,56" and "1234.56" both mean 1234.56 euro. */
    static String euroText(String typed) {
        String t = typed.strip().replace("€", "").replace(" ", "");
        return t.contains(",") ? t.replace(".", "").replace(',', '.') : t;
    }

    private static Long cents(String amount, FieldErrors errors) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            BigDecimal euros = new BigDecimal(euroText(amount));
            if (euros.signum() < 0 || euros.scale() > 2 || euros.compareTo(new BigDecimal("100000000")) > 0) {
                errors.reject("amount", "incidents.error.amount");
                return null;
            }
            return euros.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.reject("amount", "incidents.error.amount");
            return null;
        }
    }

    private static void tooLong(FieldErrors errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.reject(field, "incidents.error.tooLong");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
