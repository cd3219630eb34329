package nl.weerbaar.insights.dashboard;

import java.util.UUID;

/**
 * Which incidents an analysis covers within the current municipality: all of them, or one department
 * (a manager's own, or a filter), optionally only one kind. Both may be null.
 */
public record Scope(UUID department, String kind) {

    public static final Scope ALL = new Scope(null, null);

    /** The SQL conditions on {@code insights_incident i} for this scope (parameters :department, :kind). */
    String incidentConditions() {
        return (department == null ? "" : " AND i.department_id = :department")
                + (kind == null
                        ? ""
                        : " AND EXISTS (SELECT 1 FROM insights_incident_kind k WHERE k.tenant_id = i.tenant_id"
                                + " AND k.incident_id = i.incident_id AND k.kind = :kind)");
    }
}
