package nl.weerbaar.incidents.core;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a reporter submits, from any channel. Lists are never null (empty when not given).
 *
 * @param confidentiality  {@code NONE}, {@code CIVIL_SERVANTS} or {@code OFFICE_HOLDERS}: who alone may see it
 * @param severity         null: use the suggestion
 * @param onBehalfName     name of the person reported for (paper form); null unless channel is ON_BEHALF
 * @param excludedUsers    handlers the reporter names as involved; they do not handle the case
 * @param occurredAt       null from an API client means "now" (see {@link #occurredNowWhenLeftOut}); a form
 *                         always sends one
 * @param addressBagId     the BAG nummeraanduiding the reporter chose (ADR 1020); null when none
 */
public record ReportCommand(
        String channel,
        List<String> kinds,
        String kindOther,
        Instant occurredAt,
        String locationType,
        String locationDetail,
        UUID departmentId,
        UUID positionId,
        String workProcess,
        Boolean perpetratorKnown,
        String perpetratorRelation,
        String perpetratorReference,
        String perpetratorDescription,
        String description,
        String witnesses,
        List<String> consequencesPerson,
        String consequencesWork,
        String severity,
        String confidentiality,
        List<UUID> excludedUsers,
        String onBehalfName,
        String idempotencyKey,
        String addressBagId) {

    public ReportCommand {
        addressBagId = addressBagId == null || addressBagId.isBlank() ? null : addressBagId.strip();
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        consequencesPerson = consequencesPerson == null ? List.of() : List.copyOf(consequencesPerson);
        excludedUsers = excludedUsers == null ? List.of() : List.copyOf(excludedUsers);
        confidentiality = confidentiality == null || confidentiality.isBlank() ? "NONE" : confidentiality;
        perpetratorRelation =
                perpetratorRelation == null || perpetratorRelation.isBlank() ? "UNKNOWN" : perpetratorRelation;
    }

    /** The API and the mini-report's offline queue may leave the time out: the report then happened now. */
    boolean occurredNowWhenLeftOut() {
        return "API".equals(channel) || "MINI".equals(channel);
    }

    ReportCommand withOccurredAt(Instant at) {
        return new ReportCommand(
                channel,
                kinds,
                kindOther,
                at,
                locationType,
                locationDetail,
                departmentId,
                positionId,
                workProcess,
                perpetratorKnown,
                perpetratorRelation,
                perpetratorReference,
                perpetratorDescription,
                description,
                witnesses,
                consequencesPerson,
                consequencesWork,
                severity,
                confidentiality,
                excludedUsers,
                onBehalfName,
                idempotencyKey,
                addressBagId);
    }
}
