package nl.weerbaar.actions.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans.ActionSummary;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The action plan over JSON. Coordinators and secretaries list the whole municipality or one owner and add actions
 * by hand; everybody else lists their own actions. Reads are audited; row-level security keeps other municipalities
 * out.
 */
@RestController
@PreAuthorize("hasAnyRole('EMPLOYEE', 'MANAGER', 'CONFIDANT', 'COORDINATOR', 'SECRETARY', 'LEGAL', 'ADMIN')")
@Tag(name = "Acties", description = "Het actieplan van de eigen gemeente")
class ActionApi {

    private static final Set<String> STATUSES = Set.of("OPEN", "IN_PROGRESS", "DONE", "CANCELLED");

    /**
     * An action as the API shows it; {@code location} is its page. {@code sourceModule} is {@code manual} for an action
     * added by hand; {@code themeId} and {@code theme} (its name) are null for an action without a theme.
     */
    record ActionView(
            UUID id,
            String title,
            String status,
            UUID ownerId,
            LocalDate dueDate,
            String priority,
            boolean overdue,
            String sourceModule,
            String sourceRef,
            UUID themeId,
            String theme,
            String location) {
        static ActionView of(ActionSummary a, LocalDate today) {
            boolean open = a.status().equals("OPEN") || a.status().equals("IN_PROGRESS");
            return new ActionView(
                    a.id(),
                    a.title(),
                    a.status(),
                    a.ownerId(),
                    a.dueDate(),
                    a.priority().name(),
                    open && a.dueDate() != null && a.dueDate().isBefore(today),
                    a.sourceModule(),
                    a.sourceRef(),
                    a.themeId(),
                    a.themeName(),
                    "/actions/" + a.id());
        }
    }

    /** A new action added by hand: title required; the other fields may be left out. */
    record NewActionRequest(
            String title, String description, String themeId, String ownerId, String dueDate, String priority) {}

    record CreatedAction(UUID id, String location) {}

    /** A theme of the action plan; {@code kind} is PILLAR, VPT or OWN, inactive themes are not for new actions. */
    record ThemeView(UUID id, String name, String kind, boolean active) {}

    private final ActionService service;
    private final ThemeService themes;
    private final Clock clock;

    ActionApi(ActionService service, ThemeService themes, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.themes = themes;
    }

    @GetMapping(path = "/api/v1/actions", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Acties van de gemeente of van één eigenaar",
            description = "Zonder owner: alle acties van de gemeente (coördinator en secretaris) of de eigen acties "
                    + "(ieder ander). owner=me of het id van een persoon: de acties van die eigenaar; alleen coördinator en "
                    + "secretaris mogen die van een ander opvragen.",
            responses = {
                @ApiResponse(responseCode = "200", description = "De acties, open acties eerst, op streefdatum"),
                @ApiResponse(
                        responseCode = "400",
                        description = "Ongeldige status of eigenaar (problem+json met fouten per veld)"),
                @ApiResponse(
                        responseCode = "403",
                        description = "Acties van een andere eigenaar opgevraagd zonder die rol")
            })
    List<ActionView> list(
            @Parameter(description = "me, of het id van een persoon") @RequestParam(required = false) String owner,
            @Parameter(description = "OPEN, IN_PROGRESS, DONE of CANCELLED") @RequestParam(required = false)
                    String status) {
        FieldErrors errors = new FieldErrors();
        if (status != null && !STATUSES.contains(status)) {
            errors.reject("status", "actions.error.status");
        }
        UserIdentity me = CurrentUser.require();
        UUID ownerId = null;
        if (owner != null && !owner.isBlank()) {
            try {
                ownerId = owner.strip().equals("me") ? me.userId() : UUID.fromString(owner.strip());
            } catch (IllegalArgumentException e) {
                errors.reject("owner", "actions.error.ownerFilter");
            }
        }
        errors.throwIfAny();
        LocalDate today = DutchTime.today(clock);
        List<ActionSummary> found;
        if (ownerId != null || !ActionService.isCoordinator(me)) {
            found = service.ofOwner(ownerId == null ? me.userId() : ownerId, status, me);
        } else {
            found = service.all(status, me);
        }
        return found.stream().map(a -> ActionView.of(a, today)).toList();
    }

    @PostMapping(
            path = "/api/v1/actions",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SECRETARY')")
    @Operation(
            summary = "Voeg een actie met de hand toe",
            description =
                    "Herkomst wordt manual. title is verplicht (2 tot 200 tekens); themeId een actief thema van de "
                            + "gemeente (zie /api/v1/actions/themes), ownerId een persoon van de gemeente, dueDate als "
                            + "JJJJ-MM-DD, priority LOW, MEDIUM (standaard) of HIGH.",
            responses = {
                @ApiResponse(responseCode = "201", description = "Aangemaakt; Location wijst naar de actie"),
                @ApiResponse(responseCode = "400", description = "Ongeldige invoer (problem+json met fouten per veld)"),
                @ApiResponse(responseCode = "403", description = "Alleen coördinator en secretaris")
            })
    ResponseEntity<CreatedAction> create(@RequestBody(required = false) NewActionRequest body) {
        NewActionRequest b = body == null ? new NewActionRequest(null, null, null, null, null, null) : body;
        UUID id = service.createManual(
                new ActionService.ManualAction(
                        b.title(), b.description(), b.themeId(), b.ownerId(), b.dueDate(), b.priority()),
                CurrentUser.require());
        String location = "/actions/" + id;
        return ResponseEntity.created(URI.create(location)).body(new CreatedAction(id, location));
    }

    @GetMapping(path = "/api/v1/actions/themes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "De thema's van het actieplan",
            description = "In de volgorde van de lijst, ook thema's die niet meer in gebruik zijn (active false).")
    List<ThemeView> themes() {
        return themes.all().stream()
                .map(t -> new ThemeView(t.id(), t.name(), t.kind(), t.active()))
                .toList();
    }
}
