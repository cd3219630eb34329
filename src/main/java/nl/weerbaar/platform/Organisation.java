package nl.weerbaar.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read access to the organisation of the current municipality: departments, positions and people. */
public interface Organisation {

    record Department(UUID id, String code, String name) {}

    record Position(UUID id, String name, Integer salaryScale, boolean holdsMandate, boolean politicalOffice) {}

    /** A user as other modules may know them: no credentials. {@code email} may be null. */
    record Person(
            UUID id,
            String username,
            String displayName,
            String email,
            UUID departmentId,
            UUID positionId,
            String confidantScope) {}

    List<Department> departments();

    Optional<Department> department(UUID id);

    List<Position> positions();

    Optional<Position> position(UUID id);

    Optional<Person> person(UUID id);

    /** Users of the current municipality holding {@code role}; when {@code departmentId} is given, only that department. */
    List<Person> withRole(Role role, UUID departmentId);
}
