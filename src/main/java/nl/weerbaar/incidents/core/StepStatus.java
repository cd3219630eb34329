package nl.weerbaar.incidents.core;

/** Where a follow-up step stands. Labels: {@code incidents.stepStatus.<name>}. */
public enum StepStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    NOT_APPLICABLE;

    /** Still to be done: counts for deadlines and reminders. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /** The status with this code, or null for a code that is none. */
    public static StepStatus of(String code) {
        for (StepStatus s : values()) {
            if (s.name().equals(code)) {
                return s;
            }
        }
        return null;
    }
}
