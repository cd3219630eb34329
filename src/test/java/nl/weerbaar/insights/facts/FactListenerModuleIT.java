package nl.weerbaar.insights.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.incidents.IncidentRegistered;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** The insights module on its own: an incident event from the incidents module becomes a fact of the read model. */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        // constructor dependencies on other modules' ports that the bootstrap does not pull in by itself
        extraIncludes = {"meldpunt", "registries", "processes", "actions"})
class FactListenerModuleIT extends ModuleTest {

    @Test
    void aRegisteredIncidentBecomesAFactWithItsKinds(Scenario scenario) {
        UUID incident = UUID.randomUUID();
        Instant occurred = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        IncidentRegistered event = new IncidentRegistered(
                Demo.KLEINDORP,
                incident,
                occurred,
                occurred.plus(Duration.ofHours(1)),
                Set.of("VERBAL_AGGRESSION", "INTIMIDATION"),
                null,
                null,
                null,
                "COUNTER",
                "CITIZEN",
                null,
                "MEDIUM",
                false);
        scenario.publish(event)
                .andWaitForStateChange(() -> fact(incident), f -> !f.isEmpty())
                .andVerify(f -> {
                    assertThat(f)
                            .containsEntry("location_type", "COUNTER")
                            .containsEntry("severity", "MEDIUM")
                            .containsEntry("confidential", false);
                    assertThat(kinds(incident)).isEqualTo(2);
                });
    }

    private Map<String, Object> fact(UUID incident) {
        return TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc
                        .sql("SELECT * FROM insights_incident WHERE incident_id = ?")
                        .param(incident)
                        .query()
                        .listOfRows()
                        .stream()
                        .findFirst()
                        .orElse(Map.of()));
    }

    private long kinds(UUID incident) {
        return TenantContext.callAs(
                Demo.KLEINDORP,
                () -> jdbc.sql("SELECT count(*) FROM insights_incident_kind WHERE incident_id = ?")
                        .param(incident)
                        .query(Long.class)
                        .single());
    }
}
