package nl.weerbaar.training.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incidents.IncidentRegistered;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The training module on its own: a non-confidential incident with a department opens one offer of de-escalation
 * training per department and quarter (ADR 0908); a confidential one, or one without a department, opens none.
 */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = {"incidents", "insights", "processes", "meldpunt", "actions", "registries"})
class OfferListenerModuleIT extends ModuleTest {

    private static final Instant FIRST = Instant.parse("2031-10-06T09:00:00Z");
    private static final Instant SAME_QUARTER = Instant.parse("2031-12-31T22:30:00Z"); // 23:30 on 31-12 in NL
    private static final Instant NEXT_QUARTER = Instant.parse("2031-12-31T23:30:00Z"); // 00:30 on 01-01 in NL

    @Test
    void oneOfferPerDepartmentAndQuarterAndNoneForAConfidentialIncident(Scenario scenario) {
        UUID department = department("BZ");
        UUID first = UUID.randomUUID();
        scenario.publish(event(first, department, FIRST, false))
                .andWaitForStateChange(() -> incidents(department), n -> n == 1)
                .andVerify(n -> assertThat(offers(department)).isEqualTo(1));

        UUID second = UUID.randomUUID();
        scenario.publish(event(second, department, SAME_QUARTER, false))
                .andWaitForStateChange(() -> incidents(department), n -> n == 2)
                .andVerify(n -> assertThat(offers(department)).isEqualTo(1));

        // redelivery of the same event changes nothing; a confidential incident opens nothing
        scenario.publish(event(second, department, SAME_QUARTER, false))
                .andWaitForStateChange(() -> incidents(department), n -> n >= 2)
                .andVerify(n -> assertThat(n).isEqualTo(2));
        // a confidential incident, and one without a department, open nothing
        UUID confidential = UUID.randomUUID();
        UUID noDepartment = UUID.randomUUID();
        scenario.stimulate(() -> {
                    events.publishEvent(event(confidential, department, NEXT_QUARTER, true));
                    events.publishEvent(event(noDepartment, null, NEXT_QUARTER, false));
                })
                .andWaitAtMost(java.time.Duration.ofSeconds(2))
                .andWaitForStateChange(() -> offers(department), n -> n > 1 || waited())
                .andVerify(n -> assertThat(n).isEqualTo(1));

        // the next quarter (in Dutch time) opens a new offer
        UUID next = UUID.randomUUID();
        scenario.publish(event(next, department, NEXT_QUARTER, false))
                .andWaitForStateChange(() -> offers(department), n -> n == 2)
                .andVerify(n -> {
                    assertThat(incidents(department)).isEqualTo(3);
                    assertThat(TenantContext.callAs(
                                    Demo.VOORBEELDSTAD,
                                    () -> jdbc.sql(
                                                    "SELECT count(*) FROM training_offer_incident WHERE incident_id IN (?, ?)")
                                            .params(confidential, noDepartment)
                                            .query(Long.class)
                                            .single()))
                            .isZero();
                    assertThat(TenantContext.callAs(
                                    Demo.VOORBEELDSTAD,
                                    () -> jdbc.sql(
                                                    "SELECT DISTINCT o.quarter_start::text FROM training_offer o JOIN training_offer_incident i ON i.offer_id = o.id WHERE i.incident_id IN ("
                                                            + ids() + ") ORDER BY 1")
                                            .query(String.class)
                                            .list()))
                            .containsExactly("2031-10-01", "2032-01-01");
                });
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("DELETE FROM training_offer WHERE quarter_start >= DATE '2031-01-01'")
                        .update());
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationEventPublisher events;

    private long started;

    /** True once a second has passed since the first call: enough for a listener that would write to have written. */
    private boolean waited() {
        if (started == 0) {
            started = System.currentTimeMillis();
        }
        return System.currentTimeMillis() - started > 1000;
    }

    private IncidentRegistered event(UUID id, UUID department, Instant at, boolean confidential) {
        mine.add(id);
        return new IncidentRegistered(
                Demo.VOORBEELDSTAD,
                id,
                at.minusSeconds(600),
                at,
                Set.of("VERBAL_AGGRESSION"),
                department,
                null,
                null,
                "COUNTER",
                "CITIZEN",
                null,
                "MEDIUM",
                confidential);
    }

    private UUID department(String code) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM department WHERE code = ?")
                        .param(code)
                        .query(UUID.class)
                        .single());
    }

    /** Incidents of this run: events redelivered from an earlier run do not count. */
    private final java.util.List<UUID> mine = new java.util.concurrent.CopyOnWriteArrayList<>();

    private String ids() {
        return mine.isEmpty()
                ? "NULL"
                : String.join(",", mine.stream().map(id -> "'" + id + "'::uuid").toList());
    }

    private long offers(UUID department) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(DISTINCT o.id) FROM training_offer o JOIN training_offer_incident i"
                                + " ON i.offer_id = o.id WHERE o.department_id = ? AND i.incident_id IN (" + ids()
                                + ")")
                        .param(department)
                        .query(Long.class)
                        .single());
    }

    private long incidents(UUID department) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT count(*) FROM training_offer_incident i JOIN training_offer o ON o.id = i.offer_id"
                                        + " WHERE o.department_id = ? AND i.incident_id IN (" + ids() + ")")
                        .param(department)
                        .query(Long.class)
                        .single());
    }
}
