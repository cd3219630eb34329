package nl.weerbaar.actions.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The action plan over JSON. Coordinators and secretaries list the whole municipality or one owner; everybody
 * else lists their own actions. Reads are audited; row-level security keeps other municipalities out.
 */
@RestController
@PreAuthorize("hasAnyRole('EMPLOYEE', 'MANAGER', 'CONFIDANT', 'COORDINATOR', 'SECRETARY', 'LEGAL', 'ADMIN')")
@Tag(name = "Acties", description = "Het actieplan van de eigen gemeente")
class ActionApi {

    private static final Set<String> STATUSES = Set.of("OPEN", "IN_PROGRESS", "DONE", "CANCELLED");

    /** An action as the API shows it; {@code location} is its page. */
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
                    "/actions/" + a.id());
        }
    }

    private final ActionService service;

    private final Clock clock;

    ActionApi(ActionService service, Clock clock) {
        this.clock = clock;
        this.service = service;
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
}
