package nl.weerbaar.insights;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incidents.FollowUpStepCompleted;
import nl.weerbaar.incidents.IncidentClosed;
import nl.weerbaar.incidents.IncidentRegistered;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.TestDatabase;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Test fixtures of the analyses: incident events published as the incidents module would, and waiting for them. */
final class Fixtures {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;

    Fixtures(ApplicationEventPublisher events, TransactionTemplate tx, JdbcClient jdbc) {
        this.events = events;
        this.tx = tx;
        this.jdbc = jdbc;
    }

    private static UUID burgerzaken;
    private static UUID vergunningen;

    /**
     * Once per test run: Voorbeeldstad's Q1 2021 (local time), hand-counted: Burgerzaken 7 incidents of verbal
     * aggression (one with a script as work process, one with a spreadsheet formula), Vergunningen 3 of bribery.
     */
    synchronized UUID[] voorbeeldstad2021() {
        if (burgerzaken != null) {
            return new UUID[] {burgerzaken, vergunningen};
        }
        UUID bz = departmentId(nl.weerbaar.support.Demo.VOORBEELDSTAD, "BZ");
        UUID vg = departmentId(nl.weerbaar.support.Demo.VOORBEELDSTAD, "VG");
        UUID tenant = nl.weerbaar.support.Demo.VOORBEELDSTAD;
        long before = TenantContext.callAs(
                tenant,
                () -> jdbc.sql("SELECT count(*) FROM insights_incident")
                        .query(Long.class)
                        .single());
        for (int i = 1; i <= 6; i++) {
            incident(
                    tenant,
                    "2021-0" + (1 + i % 3) + "-1" + i + "T10:00:00Z",
                    bz,
                    i == 1 ? "<script>alert(1)</script>" : "Paspoort",
                    "COUNTER",
                    "CITIZEN",
                    null,
                    "VERBAL_AGGRESSION");
        }
        incident(
                tenant,
                "2021-03-20T10:00:00Z",
                bz,
                "=HYPERLINK(\"http://example.org\")",
                "COUNTER",
                "CITIZEN",
                null,
                "VERBAL_AGGRESSION");
        for (int i = 1; i <= 3; i++) {
            incident(tenant, "2021-0" + i + "-05T10:00:00Z", vg, "Horeca", "COUNTER", "ENTREPRENEUR", null, "BRIBERY");
        }
        awaitIncidents(tenant, before + 10);
        burgerzaken = bz;
        vergunningen = vg;
        return new UUID[] {bz, vg};
    }

    UUID departmentId(UUID tenant, String code) {
        return TenantContext.callAs(
                tenant,
                () -> jdbc.sql("SELECT id FROM department WHERE code = ?")
                        .param(code)
                        .query(UUID.class)
                        .single());
    }

    /** A new municipality (created as the schema owner, as the operator would) with the given employee count. */
    static UUID municipality(String slug, Integer employees) {
        UUID id = UUID.randomUUID();
        try (Connection c = TestDatabase.ownerConnection();
                PreparedStatement create = c.prepareStatement("SELECT platform_create_municipality(?, ?, ?, false)");
                PreparedStatement count =
                        c.prepareStatement("UPDATE municipality SET employee_count = ? WHERE id = ?")) {
            create.setObject(1, id);
            create.setString(2, slug);
            create.setString(3, "Gemeente " + slug);
            create.execute();
            count.setObject(1, employees);
            count.setObject(2, id);
            count.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    UUID department(UUID tenant, String code, String name) {
        UUID id = UUID.randomUUID();
        TenantContext.runAs(
                tenant,
                () -> jdbc.sql("INSERT INTO department (id, tenant_id, code, name) VALUES (?, ?, ?, ?)")
                        .params(id, tenant, code, name)
                        .update());
        return id;
    }

    /** Publishes a registration (registered one hour after it occurred) in its own transaction. */
    UUID incident(
            UUID tenant,
            String occurredAtUtc,
            UUID department,
            String process,
            String location,
            String relation,
            String key,
            String... kinds) {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse(occurredAtUtc);
        publish(new IncidentRegistered(
                tenant,
                id,
                at,
                at.plus(Duration.ofHours(1)),
                Set.of(kinds),
                department,
                null,
                process,
                location,
                relation,
                key,
                "MEDIUM",
                false));
        return id;
    }

    /** Publishes a completed step, {@code hoursAfterRegistration} after the registration of an incident. */
    void step(UUID tenant, UUID incident, String occurredAtUtc, String step, int hoursAfterRegistration) {
        Instant registered = Instant.parse(occurredAtUtc).plus(Duration.ofHours(1));
        publish(new FollowUpStepCompleted(
                tenant, incident, step, registered.plus(Duration.ofHours(hoursAfterRegistration)), null));
    }

    void close(UUID tenant, UUID incident, Instant at) {
        publish(new IncidentClosed(tenant, incident, at));
    }

    void publish(Object event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
    }

    /** Waits until the read model of {@code tenant} holds {@code count} completed steps (closing counts as one). */
    void awaitFollowUps(UUID tenant, long count) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> TenantContext.callAs(
                                tenant,
                                () -> jdbc.sql("SELECT count(*) FROM insights_followup")
                                        .query(Long.class)
                                        .single())
                        == count);
    }

    /** Waits until the read model of {@code tenant} holds {@code count} incidents. */
    void awaitIncidents(UUID tenant, long count) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> TenantContext.callAs(
                                tenant,
                                () -> jdbc.sql("SELECT count(*) FROM insights_incident")
                                        .query(Long.class)
                                        .single())
                        == count);
    }
}
