package nl.weerbaar.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.platform.admin.ConfidantApprovals;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Maps an OIDC login to a Weerbaar user: the municipality claim (a municipality's slug) chooses the
 * tenant, the roles claim the roles (case-insensitive role names; unknown values are ignored). The user
 * is created on first login and their roles follow the identity provider on every login. A login without
 * a known municipality or without any role is refused. CONFIDANT is the exception: the claim alone does not give it.
 * A user who does not hold it yet logs in with their other roles, and one approval request is filed (see
 * {@link ConfidantApprovals}); once approved, the role stays as long as the claim names it.
 */
@Component
class WeerbaarOidcUserService extends OidcUserService {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ConfidantApprovals confidants;
    private final String tenantClaim;
    private final String rolesClaim;

    WeerbaarOidcUserService(
            JdbcClient jdbc,
            TransactionTemplate tx,
            ConfidantApprovals confidants,
            @Value("${weerbaar.oidc.tenant-claim:municipality}") String tenantClaim,
            @Value("${weerbaar.oidc.roles-claim:roles}") String rolesClaim) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.confidants = confidants;
        this.tenantClaim = tenantClaim;
        this.rolesClaim = rolesClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = super.loadUser(request);
        String slug = user.getClaimAsString(tenantClaim);
        UUID tenant = slug == null
                ? null
                : jdbc.sql("SELECT id FROM municipality WHERE slug = ?")
                        .param(slug)
                        .query(UUID.class)
                        .optional()
                        .orElse(null);
        if (tenant == null) {
            throw refused("unknown_municipality");
        }
        Set<Role> roles = roles(user.getClaims().get(rolesClaim));
        if (roles.isEmpty()) {
            throw refused("no_roles");
        }
        String username = Optional.ofNullable(user.getPreferredUsername()).orElse(user.getSubject());
        String display = Optional.ofNullable(user.getFullName()).orElse(username);
        UserIdentity identity = TenantContext.callAs(
                tenant,
                () -> tx.execute(
                        s -> upsert(tenant, user.getSubject(), username, slug, display, user.getEmail(), roles)));
        return new WeerbaarOidcUser(user, identity);
    }

    /**
     * Finds the user by OIDC subject; else links an existing account of this municipality (created by an
     * administrator or a CSV import) with the same username or e-mail; else creates one as {@code slug:username}.
     */
    private UserIdentity upsert(
            UUID tenant,
            String subject,
            String username,
            String slug,
            String display,
            String email,
            Set<Role> claimed) {
        Set<Role> roles = EnumSet.copyOf(claimed);
        record Existing(UUID id, String username, UUID departmentId) {}
        Existing existing = jdbc.sql("""
        SELECT id, username, department_id FROM app_user
         WHERE tenant_id = ? AND (oidc_subject = ?
               OR (oidc_subject IS NULL AND (lower(username) = lower(?) OR lower(email) = lower(?))))
         ORDER BY (oidc_subject = ?) DESC NULLS LAST LIMIT 1""")
                .params(tenant, subject, username, email, subject)
                .query(Existing.class)
                .optional()
                .orElse(null);
        UUID id;
        UUID department = null;
        if (existing == null) {
            id = UUID.randomUUID();
            username = slug + ":" + username;
            jdbc.sql("""
          INSERT INTO app_user (id, tenant_id, username, display_name, email, oidc_subject, last_login_at)
          VALUES (?, ?, ?, ?, ?, ?, now())""").params(id, tenant, username, display, email, subject).update();
            roles.remove(Role.CONFIDANT);
        } else {
            id = existing.id();
            username = existing.username();
            department = existing.departmentId();
            boolean confidant = jdbc.sql(
                            "SELECT EXISTS (SELECT 1 FROM user_role WHERE user_id = ? AND role = 'CONFIDANT')")
                    .param(existing.id())
                    .query(Boolean.class)
                    .single();
            if (!confidant) {
                roles.remove(Role.CONFIDANT);
            }
            jdbc.sql("""
          UPDATE app_user SET display_name = ?, email = coalesce(?, email), oidc_subject = ?, last_login_at = now()
           WHERE id = ?""").params(display, email, subject, id).update();
            jdbc.sql("DELETE FROM user_role WHERE user_id = ?").param(id).update();
        }
        for (Role role : roles) {
            jdbc.sql("INSERT INTO user_role (user_id, tenant_id, role) VALUES (?, ?, ?)")
                    .params(id, tenant, role.name())
                    .update();
        }
        if (claimed.contains(Role.CONFIDANT) && !roles.contains(Role.CONFIDANT)) {
            confidants.requestFromIdentityProvider(id, display);
        }
        return new UserIdentity(id, tenant, username, display, roles, department);
    }

    static Set<Role> roles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Collection<?> values = claim instanceof Collection<?> c
                ? c
                : claim instanceof String s ? List.of(s.split("[ ,]+")) : List.of();
        for (Object value : values) {
            try {
                Role role = Role.valueOf(String.valueOf(value).trim().toUpperCase(Locale.ROOT));
                if (role != Role.OPERATOR) {
                    roles.add(role);
                }
            } catch (IllegalArgumentException ignored) {
                // a role of another application
            }
        }
        return roles;
    }

    private static OAuth2AuthenticationException refused(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code), code);
    }
}
