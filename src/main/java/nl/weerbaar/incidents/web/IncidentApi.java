package nl.weerbaar.incidents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incidents.core.IncidentQueries;
import nl.weerbaar.incidents.core.IncidentSearch;
import nl.weerbaar.incidents.core.Viewer;
import nl.weerbaar.platform.CaseRead;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.Organisation;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading cases over the API, for a municipality's case system or reporting tool: the list with the search and
 * filters of the incident list, and one case with its steps. The same visibility rules as the pages (ADR 0101): a
 * case the caller does not handle, and does not see as the secretary's overview, answers 404, as does another
 * municipality's. An API key needs scope API (a REPORT key only reports, ADR 0012). Every read is audited.
 */
@RestController
@PreAuthorize("hasAnyRole('MANAGER', 'COORDINATOR', 'CONFIDANT', 'SECRETARY', 'LEGAL')")
@Tag(name = "Zaken", description = "Incidenten als zaken lezen: de lijst en één zaak met haar stappen")
class IncidentApi {

    private static final String BASE = "/api/v1/incidents";

    /**
     * A case in the list. {@code handles} is false for a case the caller only sees as overview; {@code location} is
     * the address of the case by its number.
     */
    record IncidentSummary(
            UUID id,
            String caseNumber,
            Instant registeredAt,
            Instant occurredAt,
            List<String> kinds,
            UUID departmentId,
            String department,
            String severity,
            String status,
            boolean confidential,
            int overdueSteps,
            boolean handles,
            String location) {

        static IncidentSummary of(IncidentSearch.Hit h) {
            return new IncidentSummary(
                    h.id(),
                    h.caseNumber(),
                    h.registeredAt(),
                    h.occurredAt(),
                    h.kinds(),
                    h.departmentId(),
                    h.departmentName(),
                    h.severity(),
                    h.status(),
                    h.confidential(),
                    h.overdueSteps(),
                    h.handles(),
                    h.caseNumber() == null ? null : BASE + "/" + h.caseNumber());
        }
    }

    /** A page of the list; {@code next} and {@code previous} are the addresses of the pages around it, or null. */
    record IncidentPage(List<IncidentSummary> incidents, int page, int pageSize, String next, String previous) {}

    /**
     * A step of the follow-up. {@code outcome}, {@code notes}, {@code otherSide} and {@code amountCents} are null in
     * the overview.
     */
    record StepView(
            String step,
            String status,
            UUID ownerId,
            String owner,
            Instant dueAt,
            boolean overdue,
            List<String> outcome,
            String notes,
            String otherSide,
            Long amountCents,
            Instant completedAt) {}

    /**
     * One case. For the overview ({@code handles} false) everything but dates, kinds, department, severity, status
     * and the steps' progress is null: no reporter, no description, no notes. {@code addressBagId}: the BAG
     * nummeraanduiding chosen on the report, or null.
     */
    record IncidentView(
            UUID id,
            String caseNumber,
            boolean handles,
            String channel,
            Instant registeredAt,
            Instant occurredAt,
            List<String> kinds,
            String kindOther,
            String locationType,
            String locationDetail,
            UUID departmentId,
            String department,
            String position,
            String workProcess,
            String reporter,
            String onBehalfOf,
            Boolean perpetratorKnown,
            String perpetratorRelation,
            String perpetratorReference,
            String perpetratorDescription,
            String description,
            String witnesses,
            List<String> consequencesPerson,
            String consequencesWork,
            String severity,
            boolean confidential,
            String status,
            Instant closedAt,
            List<StepView> steps,
            String addressBagId) {

        static IncidentView of(IncidentSearch.Found f, Instant now) {
            IncidentQueries.Detail d = f.detail();
            boolean h = f.handles();
            List<StepView> steps = f.steps().stream()
                    .map(s -> new StepView(
                            s.step(),
                            s.status(),
                            s.ownerId(),
                            s.ownerName(),
                            s.dueAt(),
                            s.overdue(now),
                            h ? s.outcome() : null,
                            h ? s.notes() : null,
                            h ? s.otherSide() : null,
                            h ? s.amountCents() : null,
                            s.completedAt()))
                    .toList();
            return new IncidentView(
                    d.id(),
                    d.caseNumber(),
                    h,
                    d.channel(),
                    d.registeredAt(),
                    d.occurredAt(),
                    d.kinds(),
                    h ? d.kindOther() : null,
                    d.locationType(),
                    h ? d.locationDetail() : null,
                    d.departmentId(),
                    d.departmentName(),
                    h ? d.positionName() : null,
                    h ? d.workProcess() : null,
                    h ? d.reporterName() : null,
                    h ? d.onBehalfName() : null,
                    h ? d.perpetratorKnown() : null,
                    h ? d.perpetratorRelation() : null,
                    h ? d.perpetratorReference() : null,
                    h ? d.perpetratorDescription() : null,
                    h ? d.description() : null,
                    h ? d.witnesses() : null,
                    h ? d.consequencesPerson() : null,
                    h ? d.consequencesWork() : null,
                    d.severity(),
                    d.confidential(),
                    d.status(),
                    d.closedAt(),
                    steps,
                    h ? d.addressBagId() : null);
        }
    }

    private final IncidentSearch search;
    private final Organisation organisation;
    private final Clock clock;

    IncidentApi(IncidentSearch search, Organisation organisation, Clock clock) {
        this.search = search;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping(path = BASE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Zaken die de gebruiker mag zien, gezocht en gefilterd",
            description = "Dezelfde zaken als de incidentenlijst: die de gebruiker behandelt, en voor de secretaris het"
                    + " overzicht zonder vertrouwelijke zaken. q zoekt woorden in de beschrijving (Nederlandse"
                    + " woordvormen: bedreigd vindt ook bedreiging) of de naam of het adres van de dader zoals op de"
                    + " melding, alleen in zaken die de gebruiker behandelt. Per pagina hoogstens 100, tot pagina 200;"
                    + " next wijst naar de volgende pagina.",
            responses = {
                @ApiResponse(responseCode = "200", description = "Een pagina zaken"),
                @ApiResponse(
                        responseCode = "400",
                        description =
                                "Een filter, pagina of volgorde die niet klopt (problem+json met fouten per veld)")
            })
    IncidentPage list(
            @Parameter(
                            description =
                                    "Woorden uit de beschrijving, of naam of adres van de dader (hoogstens 200 tekens)")
                    @RequestParam(required = false)
                    String q,
            @Parameter(description = "Id van een afdeling") @RequestParam(required = false) String department,
            @Parameter(description = "Soort incident, bijvoorbeeld THREAT_VIOLENCE") @RequestParam(required = false)
                    String kind,
            @Parameter(description = "Gebeurd op of na deze dag", schema = @Schema(type = "string", format = "date"))
                    @RequestParam(required = false)
                    String from,
            @Parameter(description = "Gebeurd op of voor deze dag", schema = @Schema(type = "string", format = "date"))
                    @RequestParam(required = false)
                    String to,
            @Parameter(description = "OPEN of CLOSED") @RequestParam(required = false) String status,
            @Parameter(description = "true: alleen zaken met een stap over de termijn") @RequestParam(required = false)
                    String overdue,
            @Parameter(description = "newest (standaard), oldest, occurred of severity") @RequestParam(required = false)
                    String sort,
            @Parameter(description = "Pagina, vanaf 1 (hoogstens 200)") @RequestParam(required = false) String page,
            @Parameter(description = "Zaken per pagina, 1 tot 100 (standaard 25)") @RequestParam(required = false)
                    String pageSize) {
        FieldErrors errors = new FieldErrors();
        IncidentSearch.Criteria criteria = new ListParams(
                        q, department, kind, from, to, status, overdue, sort, page, pageSize, null)
                .criteria(errors, true);
        errors.throwIfAny();
        IncidentSearch.Page found = search.find(viewer(), criteria, "api-list");
        return new IncidentPage(
                found.hits().stream().map(IncidentSummary::of).toList(),
                found.page(),
                found.pageSize(),
                found.hasNext() ? ListParams.href(BASE, criteria, found.page() + 1) : null,
                found.hasPrevious() ? ListParams.href(BASE, criteria, found.page() - 1) : null);
    }

    @GetMapping(path = BASE + "/{number}", produces = MediaType.APPLICATION_JSON_VALUE)
    @CaseRead(value = "incident", idVariable = "number")
    @Operation(
            summary = "Eén zaak met haar stappen, op zaaknummer",
            description = "Voor wie de zaak behandelt alles; voor de secretaris het overzicht (handles false) zonder"
                    + " melder, beschrijving en aantekeningen. 404 voor een zaak die de gebruiker niet mag zien of die"
                    + " van een andere gemeente is.",
            responses = {@ApiResponse(responseCode = "200", description = "De zaak")})
    IncidentView one(
            @Parameter(description = "Het zaaknummer, bijvoorbeeld VBS-2026-0042 (ook 2026-42)") @PathVariable
                    String number) {
        return IncidentView.of(search.readByNumber(number, viewer(), "api"), clock.instant());
    }

    private Viewer viewer() {
        return Viewer.of(CurrentUser.require(), organisation);
    }
}
