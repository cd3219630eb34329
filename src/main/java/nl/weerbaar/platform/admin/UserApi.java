package nl.weerbaar.platform.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API for the users of the caller's municipality (role ADMIN). Never returns password hashes. */
@RestController
@RequestMapping("/api/v1/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Beheer: gebruikers", description = "Gebruikers en rollen van de eigen gemeente (rol ADMIN)")
class UserApi {

    /** A change about the user that waits for approval; one of approverRole and approverId is set. */
    record PendingApproval(UUID id, String kind, Role approverRole, UUID approverId, java.time.Instant expiresAt) {
        static PendingApproval of(nl.weerbaar.platform.Approvals.Approval a) {
            return new PendingApproval(a.id(), a.kind(), a.approverRole(), a.approverId(), a.expiresAt());
        }
    }

    /**
     * A user as the API shows it; nullable: email, departmentId, positionId, confidantScope. {@code pendingApprovals}
     * only on a single user: roles and passwords waiting for a second person's approval (not yet in {@code roles}).
     */
    record UserView(
            UUID id,
            String username,
            String displayName,
            String email,
            UUID departmentId,
            UUID positionId,
            String confidantScope,
            Set<Role> roles,
            boolean enabled,
            boolean locked,
            boolean hasPassword,
            List<PendingApproval> pendingApprovals) {
        static UserView of(Users.Row r) {
            return of(r, null);
        }

        static UserView of(Users.Row r, List<nl.weerbaar.platform.Approvals.Approval> pending) {
            return new UserView(
                    r.id(),
                    r.username(),
                    r.displayName(),
                    r.email(),
                    r.departmentId(),
                    r.positionId(),
                    r.confidantScope(),
                    r.roles(),
                    r.enabled(),
                    r.locked(),
                    r.hasPassword(),
                    pending == null
                            ? null
                            : pending.stream().map(PendingApproval::of).toList());
        }
    }

    private final UserAdmin admin;

    UserApi(UserAdmin admin) {
        this.admin = admin;
    }

    @GetMapping
    @Operation(summary = "Gebruikers zoeken (hoogstens 200)")
    List<UserView> list(
            @Parameter(description = "Deel van naam, gebruikersnaam of e-mail") @RequestParam(required = false)
                    String q,
            @RequestParam(required = false) UUID department,
            @RequestParam(required = false) Role role,
            @Parameter(description = "active, disabled of locked") @RequestParam(required = false) String status) {
        String s = Users.status(status);
        List<Users.Row> rows = admin.list(new Users.Filter(Text.clean(q), department, role, s));
        return rows.stream().limit(Users.LIST_LIMIT).map(UserView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Eén gebruiker",
            responses = {
                @ApiResponse(responseCode = "200", description = "De gebruiker"),
                @ApiResponse(responseCode = "404", description = "Onbekend of van een andere gemeente")
            })
    UserView get(@PathVariable UUID id) {
        return view(id);
    }

    @PostMapping
    @Operation(
            summary = "Gebruiker aanmaken",
            responses = {
                @ApiResponse(responseCode = "201", description = "Aangemaakt"),
                @ApiResponse(responseCode = "400", description = "Ongeldige invoer (problem+json met fouten per veld)")
            })
    ResponseEntity<UserView> create(@RequestBody UserForm form) {
        Errors errors = new BeanPropertyBindingResult(form, "user");
        UUID id = admin.create(form, errors);
        if (id == null) {
            throw new InvalidInputException(FieldErrors.of(errors));
        }
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + id)).body(view(id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Gebruiker wijzigen (gegevens en rollen; niet de gebruikersnaam of het wachtwoord)",
            description = "De rol vertrouwenspersoon wacht op goedkeuring door een tweede persoon (zie"
                    + " pendingApprovals); niemand geeft zichzelf een rol.",
            responses = {
                @ApiResponse(responseCode = "200", description = "Gewijzigd; de gebruiker zoals die nu is"),
                @ApiResponse(responseCode = "400", description = "Ongeldige invoer"),
                @ApiResponse(responseCode = "403", description = "Een rol voor uzelf"),
                @ApiResponse(responseCode = "404", description = "Onbekend of van een andere gemeente")
            })
    UserView update(@PathVariable UUID id, @RequestBody UserForm form) {
        Errors errors = new BeanPropertyBindingResult(form, "user");
        if (!admin.update(id, form, errors)) {
            throw new InvalidInputException(FieldErrors.of(errors));
        }
        return view(id);
    }

    private UserView view(UUID id) {
        return UserView.of(admin.get(id), admin.pendingApprovals(id));
    }
}
