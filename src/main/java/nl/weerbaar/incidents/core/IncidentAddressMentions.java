package nl.weerbaar.incidents.core;

import java.util.Optional;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.registries.AddressChoices;
import nl.weerbaar.registries.AddressMentions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many incidents of the current municipality name an address (ADR 1020): only the incidents the current user
 * handles ({@link Viewer#HANDLES}: a confidential incident only for the confidant of its scope, never for someone the
 * reporter kept out), as a count and the day of the latest; nothing else. Nobody logged in counts nothing.
 */
@Component
class IncidentAddressMentions implements AddressMentions {

    private final JdbcClient jdbc;
    private final Organisation organisation;

    IncidentAddressMentions(JdbcClient jdbc, Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    @Override
    public String source() {
        return "incidents";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Count> at(String bagId) {
        if (!AddressChoices.wellFormed(bagId)) {
            return Optional.empty();
        }
        return CurrentUser.get().flatMap(me -> {
            Viewer v = Viewer.of(me, organisation);
            return v.bind(jdbc.sql("""
                    SELECT count(*) AS n, max(i.occurred_at) AS latest FROM incident i
                     WHERE i.tenant_id = :tenant AND i.address_bag_id = :address AND (%s)""".formatted(Viewer.HANDLES)))
                    .param("tenant", TenantContext.require())
                    .param("address", bagId)
                    .query((rs, n) -> rs.getInt("n") == 0
                            ? null
                            : new Count(
                                    rs.getInt("n"),
                                    rs.getTimestamp("latest")
                                            .toInstant()
                                            .atZone(nl.weerbaar.platform.DutchTime.ZONE)
                                            .toLocalDate()))
                    .optional();
        });
    }
}
