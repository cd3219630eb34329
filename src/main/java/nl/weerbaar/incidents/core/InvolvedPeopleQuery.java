package nl.weerbaar.incidents.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.incidents.InvolvedPeople;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link InvolvedPeople} on the incident table, through the same visibility condition as the case list. */
@Component
class InvolvedPeopleQuery implements InvolvedPeople {

    private final JdbcClient jdbc;
    private final Organisation organisation;

    InvolvedPeopleQuery(JdbcClient jdbc, Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    @Override
    public Optional<Involvement> of(UUID incidentId, UserIdentity viewer) {
        Viewer v = Viewer.of(viewer, organisation);
        return v.bind(jdbc.sql("SELECT i.id, i.department_id, i.occurred_at, i.reporter_id FROM incident i"
                                + " WHERE i.tenant_id = :tenant AND i.id = :id AND NOT i.confidential"
                                + " AND i.anonymised_at IS NULL AND "
                                + Viewer.HANDLES)
                        .param("tenant", TenantContext.require())
                        .param("id", incidentId))
                .query((rs, n) -> {
                    List<UUID> people = new ArrayList<>();
                    UUID reporter = rs.getObject("reporter_id", UUID.class);
                    if (reporter != null) {
                        people.add(reporter);
                    }
                    return new Involvement(
                            rs.getObject("id", UUID.class),
                            rs.getObject("department_id", UUID.class),
                            rs.getTimestamp("occurred_at").toInstant(),
                            people);
                })
                .optional();
    }
}
