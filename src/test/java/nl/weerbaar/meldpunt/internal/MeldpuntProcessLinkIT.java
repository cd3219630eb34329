package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * A report can point at a process of the municipality's processes register: the form offers the municipality's own
 * processes, refuses another municipality's or a made-up one with a message and saves nothing, and the recipient sees
 * the process with a link into the register.
 */
class MeldpuntProcessLinkIT extends IntegrationTest {

    @Test
    void aReportPointsAtOneOfTheMunicipalitysOwnProcesses() {
        Map<String, Object> own = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id, name FROM proc_process ORDER BY name LIMIT 1")
                        .query()
                        .singleRow());
        String ownId = own.get("id").toString();
        String ownName = own.get("name").toString();
        WebClient reporter = anonymous();
        assertThat(reporter.get("/m/voorbeeldstad").body()).contains("value=\"" + ownId + "\"");

        String description = "Proces " + UUID.randomUUID();
        for (String wrong : List.of(UUID.randomUUID().toString(), "geen-id", otherMunicipalitysProcess())) {
            HttpResponse<String> refused = reporter.postForm(
                    "/m/voorbeeldstad",
                    Map.of("kind", "FAVOURED_DECISION", "description", description, "process", wrong));
            assertThat(refused.statusCode()).as(wrong).isEqualTo(422);
            assertThat(refused.body()).contains("id=\"process-error\"");
        }
        List<UUID> before = ids();
        HttpResponse<String> receipt = reporter.postForm(
                "/m/voorbeeldstad", Map.of("kind", "FAVOURED_DECISION", "description", description, "process", ownId));
        assertThat(receipt.statusCode()).isEqualTo(200);
        List<UUID> added = new ArrayList<>(ids());
        added.removeAll(before);
        assertThat(added).as("only the accepted report is saved").hasSize(1);

        String detail = loginAs("coordinator").get("/meldpunt/" + added.get(0)).body();
        assertThat(detail)
                .contains(description)
                .contains("href=\"/processes/" + ownId + "\"")
                .contains(ownName);
    }

    private String otherMunicipalitysProcess() {
        return TenantContext.callAs(
                        Demo.KLEINDORP,
                        () -> jdbc.sql("SELECT id::text FROM proc_process LIMIT 1")
                                .query(String.class)
                                .optional())
                .orElse(UUID.randomUUID().toString());
    }

    private List<UUID> ids() {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM meldpunt_report")
                        .query(UUID.class)
                        .list());
    }
}
