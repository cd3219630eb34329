package nl.weerbaar.insights;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Exact counts of the current municipality's incidents per department from the read model, for another module that
 * sets them beside its own figures (training coverage). Counts only; hiding small numbers is up to the caller.
 */
public interface IncidentCounts {

    /** Incidents that happened from {@code from} up to but not including {@code until}, per known department. */
    Map<UUID, Long> perDepartment(LocalDate from, LocalDate until);
}
