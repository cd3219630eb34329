package nl.weerbaar.meldpunt.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import org.springframework.stereotype.Component;

/**
 * Who receives reports (ADR 0601): the integrity coordinator (role COORDINATOR) and the confidants (CONFIDANT) of the
 * municipality; the municipal secretary (SECRETARY) only when the reporter kept all of them out ("not to X"). A person
 * the reporter kept out never receives the report, in whatever role.
 */
@Component
class Recipients {

    /** The recipients of the current municipality as they are now; answers per report in memory. */
    record Known(List<Organisation.Person> primaries, List<Organisation.Person> fallback) {

        /** The people a reporter may keep out, by name: every recipient and fallback recipient. */
        List<Organisation.Person> choosable() {
            Map<UUID, Organisation.Person> all = new LinkedHashMap<>();
            primaries.forEach(p -> all.putIfAbsent(p.id(), p));
            fallback.forEach(p -> all.putIfAbsent(p.id(), p));
            return new ArrayList<>(all.values());
        }

        /** The people who receive a report that keeps out {@code notTo}. */
        List<Organisation.Person> of(Collection<UUID> notTo) {
            List<Organisation.Person> first =
                    primaries.stream().filter(p -> !notTo.contains(p.id())).toList();
            return first.isEmpty()
                    ? fallback.stream().filter(p -> !notTo.contains(p.id())).toList()
                    : first;
        }

        boolean receives(UUID person, Collection<UUID> notTo) {
            return of(notTo).stream().anyMatch(p -> p.id().equals(person));
        }
    }

    private final Organisation organisation;

    Recipients(Organisation organisation) {
        this.organisation = organisation;
    }

    Known known() {
        Map<UUID, Organisation.Person> primaries = new LinkedHashMap<>();
        organisation.withRole(Role.COORDINATOR, null).forEach(p -> primaries.putIfAbsent(p.id(), p));
        organisation.withRole(Role.CONFIDANT, null).forEach(p -> primaries.putIfAbsent(p.id(), p));
        return new Known(new ArrayList<>(primaries.values()), organisation.withRole(Role.SECRETARY, null));
    }
}
