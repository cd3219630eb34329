package nl.weerbaar.platform.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A user as entered in the form or sent to the API. {@code username} and {@code password} count only when
 * creating; {@code password} may stay empty for users who log in through the organisation (OIDC).
 */
@Schema(name = "UserInput", description = "Gegevens van een gebruiker")
public class UserForm {

    @Schema(description = "Inlognaam, uniek op het platform; alleen bij aanmaken", example = "j.jansen")
    private String username;

    @Schema(description = "Naam zoals getoond", example = "Jan Jansen")
    private String displayName;

    @Schema(description = "E-mailadres (optioneel)", example = "j.jansen@voorbeeldstad.nl")
    private String email;

    private UUID departmentId;
    private UUID positionId;

    @Schema(
            description = "Alleen voor vertrouwenspersonen",
            allowableValues = {"CIVIL_SERVANTS", "OFFICE_HOLDERS"})
    private String confidantScope;

    @Schema(
            description =
                    "Rollen binnen de gemeente: EMPLOYEE, MANAGER, CONFIDANT, COORDINATOR, SECRETARY, LEGAL, ADMIN")
    private Set<String> roles = new LinkedHashSet<>();

    @Schema(
            description = "Wie de rol vertrouwenspersoon goedkeurt, alleen nodig als geen andere gemeentesecretaris"
                    + " dat kan (niet uzelf en niet de gebruiker zelf)")
    private UUID approverId;

    @Schema(
            description = "Eerste wachtwoord (optioneel; alleen bij aanmaken)",
            accessMode = Schema.AccessMode.WRITE_ONLY)
    private String password;

    public UserForm() {}

    UserForm(Users.Row row) {
        this.username = row.username();
        this.displayName = row.displayName();
        this.email = row.email();
        this.departmentId = row.departmentId();
        this.positionId = row.positionId();
        this.confidantScope = row.confidantScope();
        row.roles().forEach(r -> roles.add(r.name()));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public UUID getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(UUID departmentId) {
        this.departmentId = departmentId;
    }

    public UUID getPositionId() {
        return positionId;
    }

    public void setPositionId(UUID positionId) {
        this.positionId = positionId;
    }

    public String getConfidantScope() {
        return confidantScope;
    }

    public void setConfidantScope(String confidantScope) {
        this.confidantScope = confidantScope;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles == null ? new LinkedHashSet<>() : roles;
    }

    public UUID getApproverId() {
        return approverId;
    }

    public void setApproverId(UUID approverId) {
        this.approverId = approverId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
