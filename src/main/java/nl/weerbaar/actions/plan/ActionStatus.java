package nl.weerbaar.actions.plan;

/** Where an action stands. Only {@link Action}'s methods move it from one status to another. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
