package nl.weerbaar.incidents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.UserIdentity;

/**
 * Who was involved in an incident, for a module that follows up on it (training after an incident): the users the
 * incident is about, by id, nothing of its content. The incident's own visibility rules apply: only a non-confidential
 * incident that {@code viewer} handles answers (a manager their own department's, the coordinator every one).
 */
public interface InvolvedPeople {

    /** The incident's department, when it happened, and the users involved (the reporter, when a user). */
    record Involvement(UUID incidentId, UUID departmentId, Instant occurredAt, List<UUID> people) {

        public Involvement {
            people = List.copyOf(people);
        }
    }

    /** The involvement in the current municipality; empty when the incident is unknown, confidential or not visible. */
    Optional<Involvement> of(UUID incidentId, UserIdentity viewer);
}
