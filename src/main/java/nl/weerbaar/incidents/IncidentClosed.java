package nl.weerbaar.incidents;

import java.time.Instant;
import java.util.UUID;

/** An incident's follow-up case was closed (always after feedback to the reporter). */
public record IncidentClosed(UUID tenantId, UUID incidentId, Instant closedAt) {}
