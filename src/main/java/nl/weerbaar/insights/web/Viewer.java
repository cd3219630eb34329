package nl.weerbaar.insights.web;

import java.util.UUID;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the logged-in user may see of the analyses: the coordinator the whole municipality with exact counts,
 * the secretary the whole municipality with small numbers hidden, a manager only the own department with small
 * numbers hidden. {@code department} is the forced department (managers) or null.
 */
public record Viewer(UUID department, boolean exact, boolean coordinator) {

    static Viewer of(UserIdentity user) {
        if (user.has(Role.COORDINATOR)) {
            return new Viewer(null, true, true);
        }
        if (user.has(Role.SECRETARY)) {
            return new Viewer(null, false, false);
        }
        if (user.has(Role.MANAGER) && user.departmentId() != null) {
            return new Viewer(user.departmentId(), false, false);
        }
        throw new AccessDeniedException("no analyses for this user");
    }

    /** The view of the municipal secretary: the whole municipality, small numbers hidden (e.g. for reports). */
    public static Viewer secretary() {
        return new Viewer(null, false, false);
    }

    public boolean manager() {
        return department != null;
    }
}
