package nl.weerbaar.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is: for intranet buttons and apps that adapt to the user's roles. */
@RestController
@Tag(name = "Aanroeper", description = "Wie de API gebruikt")
class MeApi {

    /** {@code municipality} is null for platform operators. */
    record Me(UUID id, String username, String displayName, Set<Role> roles, String municipality, UUID departmentId) {}

    private final Municipalities municipalities;

    MeApi(Municipalities municipalities) {
        this.municipalities = municipalities;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Wie de aanroeper is: gebruiker, rollen, gemeente en afdeling")
    Me me() {
        UserIdentity u = CurrentUser.require();
        return new Me(
                u.userId(),
                u.username(),
                u.displayName(),
                u.roles(),
                municipalities
                        .byId(u.tenantId())
                        .map(Municipalities.Municipality::name)
                        .orElse(null),
                u.departmentId());
    }
}
