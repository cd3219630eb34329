package nl.weerbaar.assessments.measurement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.assessments.instrument.Instrument;
import nl.weerbaar.assessments.measurement.Measurements.Measurement;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Measurements over JSON: the municipality's measurements, scores per pillar, and a gap turned into an action.
 * Another municipality's ids answer 404; every read is audited.
 */
@RestController
@PreAuthorize("hasAnyRole('COORDINATOR', 'SECRETARY', 'MANAGER')")
@Tag(name = "Metingen", description = "Metingen van de eigen gemeente, scores per pijler en acties uit verbeterpunten")
class MeasurementApi {

    /** A measurement as the API shows it. */
    record MeasurementView(
            UUID id,
            String name,
            String instrumentKey,
            int instrumentVersion,
            String instrumentTitle,
            String status,
            UUID previousId,
            OffsetDateTime createdAt,
            OffsetDateTime lockedAt,
            long answered,
            int total) {}

    /** Score and phase of one pillar; {@code percent} and {@code phase} are null when nothing scored was answered. */
    record PillarView(String key, String title, Double percent, String phase, int answered, int total) {}

    record ScoresView(UUID measurementId, String name, String instrumentKey, List<PillarView> pillars) {}

    /** A new action from a gap; every field is optional and defaults to the instrument's suggestion. */
    record NewGapAction(String title, String description, String ownerId, String dueDate, String priority) {}

    record CreatedAction(UUID id, String location) {}

    private final MeasurementService service;
    private final GapActions gaps;

    MeasurementApi(MeasurementService service, GapActions gaps) {
        this.service = service;
        this.gaps = gaps;
    }

    @GetMapping(path = "/api/v1/measurements", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Alle metingen van de eigen gemeente, nieuwste eerst",
            responses = {
                @ApiResponse(responseCode = "200", description = "De metingen"),
                @ApiResponse(responseCode = "400", description = "Onbekende status (problem+json met fouten per veld)")
            })
    List<MeasurementView> list(
            @Parameter(description = "Alleen metingen met deze status: OPEN of LOCKED") @RequestParam(required = false)
                    String status) {
        if (status != null && !status.equals("OPEN") && !status.equals("LOCKED")) {
            throw new InvalidInputException("status", "assessments.error.status");
        }
        UserIdentity me = CurrentUser.require();
        return service.list(me).stream()
                .filter(m -> status == null || m.status().equals(status))
                .map(m -> {
                    Instrument i = service.instrument(m);
                    long answered = service.answers(m.id()).values().stream()
                            .filter(a -> a.value() != null)
                            .count();
                    return new MeasurementView(
                            m.id(),
                            m.name(),
                            i.key(),
                            i.version(),
                            i.title(),
                            m.status(),
                            m.previousId(),
                            m.createdAt(),
                            m.lockedAt(),
                            answered,
                            i.questionCount());
                })
                .toList();
    }

    @GetMapping(path = "/api/v1/measurements/{id}/scores", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Score (0–100) en fase per pijler van één meting",
            responses = {
                @ApiResponse(responseCode = "200", description = "Scores per pijler"),
                @ApiResponse(responseCode = "404", description = "Onbekend of van een andere gemeente")
            })
    ScoresView scores(@PathVariable UUID id) {
        Measurement m = service.view(id, CurrentUser.require());
        Instrument instrument = service.instrument(m);
        List<PillarView> pillars = Scoring.score(instrument, MeasurementController.values(service.answers(id))).stream()
                .map(s -> new PillarView(
                        s.key(),
                        s.title(),
                        s.percent() == null ? null : Math.round(s.percent() * 10) / 10.0,
                        s.phase() == null ? null : s.phase().label(),
                        s.answered(),
                        s.total()))
                .toList();
        return new ScoresView(m.id(), m.name(), instrument.key(), pillars);
    }

    @PostMapping(
            path = "/api/v1/measurements/{id}/gaps/{questionKey}/actions",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(
            summary = "Maak een actie van een verbeterpunt",
            description =
                    "Titel, omschrijving en prioriteit zijn vooraf ingevuld uit de voorgestelde maatregel van het "
                            + "instrument; velden in het verzoek vervangen die. dueDate als JJJJ-MM-DD, priority LOW, MEDIUM of HIGH.",
            responses = {
                @ApiResponse(responseCode = "201", description = "Aangemaakt; Location wijst naar de actie"),
                @ApiResponse(responseCode = "400", description = "Ongeldige invoer (problem+json met fouten per veld)"),
                @ApiResponse(
                        responseCode = "404",
                        description = "Onbekende meting of vraag, geen verbeterpunt, of van een " + "andere gemeente")
            })
    ResponseEntity<CreatedAction> gapToAction(
            @PathVariable UUID id, @PathVariable String questionKey, @RequestBody(required = false) NewGapAction body) {
        NewGapAction b = body == null ? new NewGapAction(null, null, null, null, null) : body;
        UUID action = gaps.create(
                id,
                questionKey,
                new GapActions.GapAction(b.title(), b.description(), b.ownerId(), b.dueDate(), b.priority()),
                CurrentUser.require());
        String location = "/actions/" + action;
        return ResponseEntity.created(URI.create(location)).body(new CreatedAction(action, location));
    }
}
