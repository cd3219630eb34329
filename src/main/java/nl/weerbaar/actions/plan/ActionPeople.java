package nl.weerbaar.actions.plan;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Organisation.Person;
import nl.weerbaar.platform.Role;
import org.springframework.stereotype.Component;

/** The people of the current municipality who can own an action, and their display names. */
@Component
class ActionPeople {

    private final Organisation organisation;

    ActionPeople(Organisation organisation) {
        this.organisation = organisation;
    }

    /** Everybody with a role in the municipality, by name. */
    List<Person> all() {
        Map<UUID, Person> byId = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            if (role != Role.OPERATOR) {
                organisation.withRole(role, null).forEach(p -> byId.putIfAbsent(p.id(), p));
            }
        }
        return byId.values().stream()
                .sorted(Comparator.comparing(Person::displayName))
                .toList();
    }

    /** Display names by id, for showing owners and authors. */
    Map<UUID, String> names() {
        Map<UUID, String> names = new LinkedHashMap<>();
        all().forEach(p -> names.put(p.id(), p.displayName()));
        return names;
    }
}
