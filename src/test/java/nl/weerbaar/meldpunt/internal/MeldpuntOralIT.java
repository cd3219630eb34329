package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * A recipient records a phone report with the reporter's consent; the reporter reads it with the receipt code,
 * corrects it by a message and confirms it; the recipient sees the confirmation and the correction.
 */
class MeldpuntOralIT extends IntegrationTest {

    @Test
    void aRecipientRecordsAPhoneReportAndTheReporterConfirmsIt() {
        WebClient coordinator = loginAs("coordinator");
        String record = "Beller vertelt over een gelekte controledatum " + UUID.randomUUID();
        long before = reports();
        HttpResponse<String> form = coordinator.get("/meldpunt/oral");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("De melder stemt ermee in");
        HttpResponse<String> refused = coordinator.postForm(
                "/meldpunt/oral", Map.of("channel", "PHONE", "kind", "LEAK", "description", record));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("alleen vast als de melder daarmee instemt")
                .contains(record);
        assertThat(reports()).isEqualTo(before);

        HttpResponse<String> recorded = coordinator.postForm(
                "/meldpunt/oral", Map.of("channel", "PHONE", "kind", "LEAK", "description", record, "consent", "true"));
        assertThat(recorded.statusCode()).isEqualTo(200);
        assertThat(recorded.body()).contains("/m/voorbeeldstad/follow");
        String code = MeldpuntJourneyIT.code(recorded);

        WebClient reporter = anonymous();
        HttpResponse<String> read = reporter.postForm("/m/voorbeeldstad/follow", Map.of("code", code));
        assertThat(read.body())
                .contains(record)
                .contains("Verslag van uw telefoongesprek met het meldpunt")
                .contains("Het verslag klopt");
        reporter.postForm(
                "/m/voorbeeldstad/reply",
                Map.of("code", code, "message", "Correctie: het was de controle van vrijdag, niet donderdag."));
        HttpResponse<String> confirmed = reporter.postForm("/m/voorbeeldstad/confirm", Map.of("code", code));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("U bevestigde het verslag op").doesNotContain("Het verslag klopt");
        assertThat(reporter.postForm("/m/voorbeeldstad/confirm", Map.of("code", "AAAA-BBBB-CCCC-DDDD"))
                        .statusCode())
                .isEqualTo(404);

        UUID coordinatorId = userId("coordinator");
        Map<String, Object> row = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id, channel, consent_on, confirmed_on FROM meldpunt_report"
                                + " WHERE recorded_by = ? AND confirmed_on IS NOT NULL")
                        .param(coordinatorId)
                        .query()
                        .listOfRows()
                        .get(0));
        assertThat(row.get("channel")).isEqualTo("PHONE");
        assertThat(row.get("consent_on")).isNotNull();
        UUID id = (UUID) row.get("id");
        String detail = coordinator.get("/meldpunt/" + id).body();
        assertThat(detail)
                .contains(record)
                .contains("Telefoongesprek")
                .contains("vastgelegd door")
                .contains("Correctie: het was de controle van vrijdag")
                .contains(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")
                        .format(((java.sql.Date) row.get("confirmed_on")).toLocalDate()));
        assertThat(loginAs("vertrouwenspersoon").get("/meldpunt/" + id).body()).contains(record);
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM audit_event WHERE object_id = ? AND actor_id = ?"
                                        + " AND action = 'CREATE'")
                                .params(id.toString(), coordinatorId)
                                .query(Long.class)
                                .single()))
                .as("the recipient's recording is in the audit log")
                .isEqualTo(1);
    }

    @Test
    void anEmployeeCannotRecordAnOralReport() {
        assertThat(loginAs("medewerker").get("/meldpunt/oral").statusCode()).isEqualTo(403);
        assertThat(loginAs("medewerker")
                        .postForm("/meldpunt/oral", Map.of("channel", "PHONE"))
                        .statusCode())
                .isEqualTo(403);
    }

    private long reports() {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM meldpunt_report")
                        .query(Long.class)
                        .single());
    }

    private UUID userId(String username) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                        .param(username)
                        .query(UUID.class)
                        .single());
    }
}
