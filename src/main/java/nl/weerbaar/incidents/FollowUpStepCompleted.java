package nl.weerbaar.incidents;

import java.time.Instant;
import java.util.UUID;

/**
 * A step of an incident's follow-up case was completed.
 *
 * @param step     {@code AFTERCARE}, {@code PERPETRATOR_RESPONSE}, {@code POLICE_REPORT}, {@code EVIDENCE},
 *                 {@code DAMAGE_RECOVERY}, {@code FEEDBACK}, {@code LESSONS}
 * @param dueAt    the deadline the step had; may be null
 */
public record FollowUpStepCompleted(UUID tenantId, UUID incidentId, String step, Instant completedAt, Instant dueAt) {}
