package nl.weerbaar.actions.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans.ActionSummary;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
    private final MessageSource messages;
    private final Clock clock;

    ActionApi(ActionService service, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.messages = messages;
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
        Map<String, String> errors = new LinkedHashMap<>();
        if (status != null && !STATUSES.contains(status)) {
            errors.put("status", "actions.error.status");
        }
        UserIdentity me = CurrentUser.require();
        UUID ownerId = null;
        if (owner != null && !owner.isBlank()) {
            try {
                ownerId = owner.strip().equals("me") ? me.userId() : UUID.fromString(owner.strip());
            } catch (IllegalArgumentException e) {
                errors.put("owner", "actions.error.ownerFilter");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFilterException(errors);
        }
        LocalDate today = DutchTime.today(clock);
        List<ActionSummary> found;
        if (ownerId != null || !ActionService.isCoordinator(me)) {
            found = service.ofOwner(ownerId == null ? me.userId() : ownerId, status, me);
        } else {
            found = service.all(status, me);
        }
        return found.stream().map(a -> ActionView.of(a, today)).toList();
    }

    /** A query parameter that makes no sense: message keys per parameter, in order. */
    static final class InvalidFilterException extends RuntimeException {
        private final transient Map<String, String> errors;

        InvalidFilterException(Map<String, String> errors) {
            super("invalid filter: " + errors.keySet());
            this.errors = errors;
        }
    }

    @ExceptionHandler(InvalidFilterException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidFilterException e) {
        Map<String, String> errors = e.errors;
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        p.setTitle(messages.getMessage("problem.validation", null, locale));
        p.setType(URI.create("about:blank"));
        p.setProperty(
                "errors",
                errors.entrySet().stream()
                        .map(x ->
                                Map.of("field", x.getKey(), "message", messages.getMessage(x.getValue(), null, locale)))
                        .toList());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
