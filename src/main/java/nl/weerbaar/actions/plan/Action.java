package nl.weerbaar.actions.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans.Priority;

/**
 * One action of the municipality's action plan. State changes only through the intention-revealing
 * methods, which refuse transitions that make no sense ({@link IllegalTransitionException}).
 * {@code ownerId}, {@code dueDate} and {@code themeId} may be null.
 */
public final class Action {

    private final UUID id;
    private final String title;
    private final String description;
    private final String sourceModule;
    private final String sourceRef;
    private UUID ownerId;
    private LocalDate dueDate;
    private Priority priority;
    private ActionStatus status;
    private UUID themeId;

    Action(
            UUID id,
            String title,
            String description,
            String sourceModule,
            String sourceRef,
            UUID ownerId,
            LocalDate dueDate,
            Priority priority,
            ActionStatus status,
            UUID themeId) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.sourceModule = sourceModule;
        this.sourceRef = sourceRef;
        this.ownerId = ownerId;
        this.dueDate = dueDate;
        this.priority = priority == null ? Priority.MEDIUM : priority;
        this.status = status;
        this.themeId = themeId;
    }

    static Action open(
            String title,
            String description,
            String sourceModule,
            String sourceRef,
            UUID ownerId,
            LocalDate dueDate,
            Priority priority,
            UUID themeId) {
        return new Action(
                UUID.randomUUID(),
                title,
                description,
                sourceModule,
                sourceRef,
                ownerId,
                dueDate,
                priority,
                ActionStatus.OPEN,
                themeId);
    }

    /** Work has begun: OPEN → IN_PROGRESS. */
    void start() {
        require(status == ActionStatus.OPEN);
        status = ActionStatus.IN_PROGRESS;
    }

    /** The action is done: OPEN or IN_PROGRESS → DONE. */
    void complete() {
        require(status.isOpen());
        status = ActionStatus.DONE;
    }

    /** The action will not be done: OPEN or IN_PROGRESS → CANCELLED. */
    void cancel() {
        require(status.isOpen());
        status = ActionStatus.CANCELLED;
    }

    /** Done or cancelled too early: back to OPEN. */
    void reopen() {
        require(!status.isOpen());
        status = ActionStatus.OPEN;
    }

    /** Changes owner, due date and priority of an action that is still open. */
    void replan(UUID newOwner, LocalDate newDueDate, Priority newPriority) {
        require(status.isOpen());
        this.ownerId = newOwner;
        this.dueDate = newDueDate;
        this.priority = newPriority == null ? Priority.MEDIUM : newPriority;
    }

    /** Puts an action that is still open under another theme (null: none); false when it had that theme already. */
    boolean changeTheme(UUID newTheme) {
        require(status.isOpen());
        if (Objects.equals(themeId, newTheme)) {
            return false;
        }
        this.themeId = newTheme;
        return true;
    }

    /** Open and past its due date on {@code today}. */
    boolean isOverdue(LocalDate today) {
        return status.isOpen() && dueDate != null && dueDate.isBefore(today);
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new IllegalTransitionException(status);
        }
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String sourceModule() {
        return sourceModule;
    }

    public String sourceRef() {
        return sourceRef;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Priority priority() {
        return priority;
    }

    public ActionStatus status() {
        return status;
    }

    public UUID themeId() {
        return themeId;
    }
}
