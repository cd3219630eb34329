package nl.weerbaar.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** A refused read of a case (not visible: 404, role may not: 403) stays on record as a DENIED read. */
class DeniedCaseReadsIT extends IntegrationTest {

    @Test
    void aRefusedReadOfACaseLeavesADeniedRecord() {
        UUID confidential = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM incident WHERE confidential ORDER BY registered_at LIMIT 1")
                        .query(UUID.class)
                        .single());
        // the coordinator does not handle confidential reports: 404, as for an id that does not exist
        assertThat(loginAs("coordinator").get("/incidents/" + confidential).statusCode())
                .isEqualTo(404);
        // an employee may not open cases at all: 403
        assertThat(loginAs("medewerker").get("/incidents/" + confidential).statusCode())
                .isEqualTo(403);
        // another municipality's coordinator: the record is in the own municipality's log
        assertThat(loginAs("kd.coordinator").get("/incidents/" + confidential).statusCode())
                .isEqualTo(404);
        assertThat(denied(Demo.VOORBEELDSTAD, confidential)).contains("coordinator", "medewerker");
        assertThat(denied(Demo.KLEINDORP, confidential)).containsExactly("kd.coordinator");
        // an allowed read is not refused
        assertThat(loginAs("vertrouwenspersoon")
                        .get("/incidents/" + confidential)
                        .statusCode())
                .isEqualTo(200);
        assertThat(denied(Demo.VOORBEELDSTAD, confidential)).doesNotContain("vertrouwenspersoon");
    }

    private List<String> denied(UUID tenant, UUID incident) {
        return TenantContext.callAs(
                tenant,
                () -> jdbc.sql("""
        SELECT actor_name FROM audit_event
         WHERE action = 'READ' AND result = 'DENIED' AND object_type = 'incident' AND object_id = ?""")
                        .param(incident.toString())
                        .query(String.class)
                        .list());
    }
}
