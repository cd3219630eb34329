package nl.weerbaar.incidents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incidents.core.IncidentService;
import nl.weerbaar.incidents.core.ReportCommand;
import nl.weerbaar.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/reports}: a report from an intranet button, a phone app or the offline queue of the
 * mini-report. With an {@code Idempotency-Key} header a retried request registers the incident once: the first
 * call answers 201, repeats answer 200 with the same id, a repeat with different content answers 409.
 */
@RestController
@Tag(name = "Meldingen", description = "Incidenten melden")
class ReportApiController {

    /**
     * A report. {@code occurredAt} defaults to now; {@code channel} is {@code API} (default) or {@code MINI}
     * (the mini-report's offline queue). {@code addressBagId}: optionally the BAG nummeraanduiding (16 digits) where it
     * happened; it must exist in the loaded BAG.
     */
    record ReportRequest(
            List<String> kinds,
            String kindOther,
            Instant occurredAt,
            String locationType,
            String locationDetail,
            UUID departmentId,
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
            String channel,

            @Schema(
                    description = "BAG-nummeraanduiding (16 cijfers) van het adres, niet verplicht",
                    example = "0221200000123456",
                    pattern = "^[0-9]{4}20[0-9]{10}$")
            String addressBagId) {}

    /** {@code caseNumber}: the case number the report got, e.g. {@code VBS-2026-0042}. */
    record ReportResponse(UUID id, boolean created, String caseNumber, String location) {}

    private final IncidentService incidents;

    ReportApiController(IncidentService incidents) {
        this.incidents = incidents;
    }

    @PostMapping(path = "/api/v1/reports", consumes = "application/json", produces = "application/json")
    @PreAuthorize("hasRole('EMPLOYEE')")
    @Operation(
            summary = "Meld een incident",
            description = "201 bij een nieuwe melding, 200 bij herhaling met "
                    + "dezelfde Idempotency-Key, 400 (problem+json, per veld) bij ongeldige invoer, 409 bij hergebruik van de "
                    + "sleutel voor een andere melding.")
    ResponseEntity<ReportResponse> report(
            @Parameter(
                            description =
                                    "Unieke sleutel per melding (8–100 tekens), zodat een herhaald verzoek één melding geeft")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    String key,
            @RequestBody ReportRequest r) {
        String channel = "MINI".equals(r.channel()) ? "MINI" : "API";
        ReportCommand c = new ReportCommand(
                channel,
                r.kinds(),
                r.kindOther(),
                r.occurredAt(),
                r.locationType(),
                r.locationDetail(),
                r.departmentId(),
                null,
                r.workProcess(),
                r.perpetratorKnown(),
                r.perpetratorRelation(),
                r.perpetratorReference(),
                r.perpetratorDescription(),
                r.description(),
                r.witnesses(),
                r.consequencesPerson(),
                r.consequencesWork(),
                r.severity(),
                r.confidentiality(),
                r.excludedUsers(),
                null,
                key,
                r.addressBagId());
        IncidentService.Submitted s = incidents.submit(c, CurrentUser.require());
        String location = "/incidents/mine/" + s.id();
        ReportResponse body = new ReportResponse(s.id(), s.created(), s.caseNumber(), location);
        return s.created() ? ResponseEntity.created(URI.create(location)).body(body) : ResponseEntity.ok(body);
    }
}
