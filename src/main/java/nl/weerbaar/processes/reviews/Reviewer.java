package nl.weerbaar.processes.reviews;

import java.util.UUID;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;

/**
 * Whose items a user reviews: the coordinator's share and/or those of the department they manage. The managers of a
 * department decide on the items of that department, the coordinators on the items for which no manager was found
 * when the campaign started.
 */
record Reviewer(boolean coordinator, UUID department) {

    static Reviewer of(UserIdentity user) {
        return new Reviewer(user.has(Role.COORDINATOR), user.has(Role.MANAGER) ? user.departmentId() : null);
    }

    boolean reviewsAnything() {
        return coordinator || department != null;
    }
}
