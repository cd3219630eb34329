package nl.weerbaar.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incidents.IncidentRegistered;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A confidential report counts in the municipality's totals but never in a department's figures: a manager's
 * analysis must not show one report more than the manager's own list.
 */
class InsightsConfidentialIT extends IntegrationTest {

    static final String Q2_2019 = "/insights?granularity=QUARTER&at=2019-05-15";

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aConfidentialReportIsNotCountedForItsDepartment() {
        Fixtures fixtures = new Fixtures(events, tx, jdbc);
        UUID tenant = Demo.VOORBEELDSTAD;
        UUID burgerzaken = fixtures.departmentId(tenant, "BZ");
        long before = TenantContext.callAs(
                tenant,
                () -> jdbc.sql("SELECT count(*) FROM insights_incident")
                        .query(Long.class)
                        .single());
        for (int i = 1; i <= 5; i++) {
            fixtures.incident(
                    tenant,
                    "2019-04-1" + i + "T10:00:00Z",
                    burgerzaken,
                    "Paspoort",
                    "COUNTER",
                    "CITIZEN",
                    null,
                    "INTIMIDATION");
        }
        UUID confidential = UUID.randomUUID();
        Instant at = Instant.parse("2019-05-02T10:00:00Z");
        fixtures.publish(new IncidentRegistered(
                tenant,
                confidential,
                at,
                at.plus(Duration.ofHours(1)),
                Set.of("INTIMIDATION"),
                burgerzaken,
                null,
                "Paspoort",
                "COUNTER",
                "CITIZEN",
                null,
                "HIGH",
                true));
        fixtures.awaitIncidents(tenant, before + 6);

        assertThat(TenantContext.callAs(
                        tenant,
                        () -> jdbc.sql("""
                SELECT department_id IS NULL AND work_process IS NULL AND location_type IS NULL
                  FROM insights_incident WHERE incident_id = ?""")
                                .param(confidential)
                                .query(Boolean.class)
                                .single()))
                .as("kept without dimensions")
                .isTrue();

        String manager = loginAs("leidinggevende").get(Q2_2019).body();
        assertThat(manager).contains("data-test=\"total-now\">5<");

        String coordinator =
                loginAs("coordinator").get(Q2_2019 + "&by=DEPARTMENT").body();
        assertThat(coordinator).contains("data-test=\"total-now\">6<");
    }
}
