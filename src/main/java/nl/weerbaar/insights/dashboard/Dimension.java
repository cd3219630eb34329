package nl.weerbaar.insights.dashboard;

/** What incidents can be counted by. {@link #column} is fixed SQL, never user input. */
public enum Dimension {
    DEPARTMENT("department_id"),
    POSITION("position_id"),
    WORK_PROCESS("work_process"),
    KIND("kind"),
    LOCATION_TYPE("location_type"),
    PERPETRATOR_RELATION("perpetrator_relation");

    final String column;

    Dimension(String column) {
        this.column = column;
    }

    /** The dimension with this name, or {@code fallback} for null or unknown input. */
    public static Dimension parse(String name, Dimension fallback) {
        for (Dimension d : values()) {
            if (d.name().equalsIgnoreCase(name == null ? "" : name)) {
                return d;
            }
        }
        return fallback;
    }
}
