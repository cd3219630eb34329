package nl.weerbaar.incidents;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An incident was registered (submitted by a reporter, on someone's behalf, or through the API).
 * Carries only the dimensions that analyses need: no names, no free text.
 *
 * @param kinds               incident kinds, e.g. {@code VERBAL_AGGRESSION}, {@code THREAT_VIOLENCE}, {@code BRIBERY}
 * @param departmentId        may be null when unknown
 * @param positionId          may be null when unknown
 * @param workProcess         code of the work process, may be null
 * @param locationType        e.g. {@code COUNTER}, {@code STREET}, {@code HOME_VISIT}, {@code ONLINE}, {@code PHONE}
 * @param perpetratorRelation e.g. {@code CITIZEN}, {@code CLIENT}, {@code ENTREPRENEUR}, {@code COLLEAGUE},
 *                            {@code OTHER}, {@code UNKNOWN}
 * @param perpetratorKey      a pseudonymous key of the perpetrator (or address) for counting repeats; may be null
 * @param severity            {@code LOW}, {@code MEDIUM}, {@code HIGH}, {@code CRITICAL}
 * @param confidential        only the confidant may see the incident itself; analyses count it without detail
 */
public record IncidentRegistered(
        UUID tenantId,
        UUID incidentId,
        Instant occurredAt,
        Instant registeredAt,
        Set<String> kinds,
        UUID departmentId,
        UUID positionId,
        String workProcess,
        String locationType,
        String perpetratorRelation,
        String perpetratorKey,
        String severity,
        boolean confidential) {}
