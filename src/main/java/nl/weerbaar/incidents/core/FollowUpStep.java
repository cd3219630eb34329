package nl.weerbaar.incidents.core;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One follow-up step of an {@link IncidentCase}. Changed only through the case, which checks who acts; a step knows
 * what its own fields may hold.
 */
public final class FollowUpStep {

    private final UUID id;
    private final StepType type;
    private UUID ownerId;
    private final Instant dueAt;
    private StepStatus status;
    private List<String> outcome;
    private String notes;
    private String otherSide;
    private Long amountCents;
    private Instant completedAt;
    private UUID completedBy;
    private boolean steppedIn;
    private IncidentCase.PoliceReport police;
    private boolean changed;
    private boolean policeChanged;

    FollowUpStep(
            UUID id,
            StepType type,
            UUID ownerId,
            Instant dueAt,
            StepStatus status,
            List<String> outcome,
            String notes,
            String otherSide,
            Long amountCents,
            Instant completedAt,
            UUID completedBy,
            boolean steppedIn,
            IncidentCase.PoliceReport police) {
        this.police = police;
        this.id = id;
        this.type = type;
        this.ownerId = ownerId;
        this.dueAt = dueAt;
        this.status = status;
        this.outcome = List.copyOf(outcome);
        this.notes = notes;
        this.otherSide = otherSide;
        this.amountCents = amountCents;
        this.completedAt = completedAt;
        this.completedBy = completedBy;
        this.steppedIn = steppedIn;
    }

    /**
     * Records what was done; returns true when this completes the step (it was not done before). {@code steppingIn}:
     * someone else than the owner acts (the coordinator or the secretary), recorded with the step.
     */
    boolean record(
            StepStatus newStatus,
            List<String> newOutcome,
            String newNotes,
            String newOtherSide,
            Long cents,
            UUID actor,
            boolean steppingIn,
            Instant now) {
        boolean completes = newStatus == StepStatus.DONE && status != StepStatus.DONE;
        status = newStatus;
        outcome = List.copyOf(newOutcome);
        notes = newNotes;
        otherSide = newOtherSide;
        amountCents = cents;
        if (newStatus == StepStatus.DONE) {
            if (completes) {
                completedAt = now;
                completedBy = actor;
                steppedIn = steppingIn;
            }
        } else {
            completedAt = null;
            completedBy = null;
            steppedIn = false;
        }
        changed = true;
        return completes;
    }

    /** The police-report step's details (only that step has them). */
    void recordPolice(IncidentCase.PoliceReport details) {
        this.police = details;
        this.policeChanged = true;
        this.changed = true;
    }

    /** What the police-report step recorded beyond its outcome; null for other steps and before anything was. */
    public IncidentCase.PoliceReport police() {
        return police;
    }

    boolean policeChanged() {
        return policeChanged;
    }

    /** Open (or in progress) and past its deadline at {@code now}. */
    public boolean isOverdue(Instant now) {
        return status.isOpen() && dueAt != null && dueAt.isBefore(now);
    }

    /** Done, or decided not to apply. */
    public boolean isResolved() {
        return !status.isOpen();
    }

    boolean changed() {
        return changed;
    }

    public UUID id() {
        return id;
    }

    public StepType type() {
        return type;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public StepStatus status() {
        return status;
    }

    public List<String> outcome() {
        return outcome;
    }

    public String notes() {
        return notes;
    }

    public String otherSide() {
        return otherSide;
    }

    public Long amountCents() {
        return amountCents;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public UUID completedBy() {
        return completedBy;
    }

    /** Completed by the coordinator or the secretary in the owner's place. */
    public boolean steppedIn() {
        return steppedIn;
    }
}
