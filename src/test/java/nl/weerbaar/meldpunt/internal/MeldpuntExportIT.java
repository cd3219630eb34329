package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.Approvals;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.PdfChecks;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Exporting a report waits for a second recipient's approval (four eyes); once approved, the one who asked downloads
 * an accessible PDF once, and the export is in the audit log.
 */
class MeldpuntExportIT extends IntegrationTest {

    @Autowired
    Reporting reporting;

    @Autowired
    Approvals approvals;

    @Test
    void anExportWaitsForASecondRecipientAndIsDownloadedOnce() throws Exception {
        clock.setTo(Instant.parse("2035-05-05T10:00:00Z"));
        String text = "Uitvoer na goedkeuring " + UUID.randomUUID();
        assertThat(reporting
                        .submit(
                                Demo.VOORBEELDSTAD,
                                new Reporting.Submission(
                                        "FAVOURED_DECISION",
                                        text,
                                        null,
                                        List.of(),
                                        false,
                                        List.of(),
                                        null,
                                        null,
                                        null,
                                        null),
                                null)
                        .errors()
                        .any())
                .isFalse();
        UUID id = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM meldpunt_report WHERE received_on = DATE '2035-05-05'")
                        .query(UUID.class)
                        .single());

        WebClient coordinator = loginAs("coordinator");
        assertThat(coordinator.get("/meldpunt/" + id).body()).contains("Uitvoer als PDF aanvragen");
        assertThat(coordinator.postForm("/meldpunt/" + id + "/export", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(coordinator.get("/meldpunt/" + id).body()).contains("wacht op goedkeuring door");
        assertThat(pdf(coordinator, id).statusCode())
                .as("not before the approval")
                .isEqualTo(404);

        Approvals.Approval asked = TenantContext.callAs(
                Demo.VOORBEELDSTAD, () -> approvals.pending(Exports.KIND, id).orElseThrow());
        assertThat(asked.approverId()).isNotEqualTo(asked.requestedBy());
        String approver = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT username FROM app_user WHERE id = ?")
                        .param(asked.approverId())
                        .query(String.class)
                        .single());
        assertThat(approver).startsWith("vertrouwenspersoon");
        WebClient second = loginAs(approver);
        assertThat(second.get("/approvals/" + asked.id()).body()).contains("Uitvoer als PDF");
        assertThat(second.postForm("/approvals/" + asked.id() + "/approve", Map.of())
                        .statusCode())
                .isEqualTo(302);

        assertThat(coordinator.get("/meldpunt/" + id).body()).contains("/meldpunt/" + id + "/export.pdf");
        HttpResponse<byte[]> download = pdf(coordinator, id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        byte[] pdf = download.body();
        assertThat(PdfChecks.assertAccessible(pdf, "nl")).contains("H1", "Table", "TH");
        assertThat(PdfChecks.text(pdf)).contains(text);
        assertThat(pdf(coordinator, id).statusCode()).as("once").isEqualTo(404);
        assertThat(pdf(second, id).statusCode())
                .as("only for the one who asked")
                .isEqualTo(404);
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM audit_event WHERE object_id = ? AND action = 'EXPORT'")
                                .param(id.toString())
                                .query(Long.class)
                                .single()))
                .isEqualTo(1);
    }

    private static HttpResponse<byte[]> pdf(WebClient client, UUID id) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(client.uri("/meldpunt/" + id + "/export.pdf"))
                                .header("Cookie", client.cookieHeader())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
