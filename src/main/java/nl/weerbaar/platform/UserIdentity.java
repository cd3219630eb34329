package nl.weerbaar.platform;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * Who is logged in. {@code tenantId} and {@code departmentId} are null for platform operators;
 * {@code departmentId} may be null for users without a department.
 */
public record UserIdentity(
        UUID userId, UUID tenantId, String username, String displayName, Set<Role> roles, UUID departmentId)
        implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
