package nl.weerbaar.assessments.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Evidence files of answers and of actions: type checked by content, stored encrypted (the database never holds
 * the plain bytes), served as a download only.
 */
class EvidenceEncryptionIT extends IntegrationTest {

    private static final byte[] PDF =
            "%PDF-1.4\n% vertrouwelijk bewijsstuk 4711\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ActionPlans plans;

    /** Posts fields and one file as multipart/form-data with the CSRF token of the last page. */
    static HttpResponse<String> upload(
            WebClient web,
            String path,
            Map<String, String> fields,
            String fileField,
            String filename,
            String claimedType,
            byte[] content) {
        String boundary = "----weerbaar" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", web.csrf());
        all.forEach((k, v) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + filename + "\"\r\nContent-Type: " + claimedType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return web.send(HttpRequest.newBuilder(web.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private static HttpResponse<byte[]> download(WebClient web, String path) throws Exception {
        return web.http().send(HttpRequest.newBuilder(web.uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1)
                .contains(new String(needle, StandardCharsets.ISO_8859_1));
    }

    @Test
    void evidenceOfAnAnswerIsCheckedByContentStoredEncryptedAndDownloadedAsAttachment() throws Exception {
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/assessments");
        UUID instrument = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT id FROM assessment_instrument WHERE key = 'vpt-checklist' ORDER BY version DESC LIMIT 1")
                        .query(UUID.class)
                        .single());
        String loc = coordinator
                .postForm(
                        "/assessments/measurements",
                        Map.of("name", "Bewijs versleuteld", "instrument", instrument.toString()))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        UUID m = UUID.fromString(loc.substring(loc.length() - 36));
        String section = "/assessments/measurements/" + m + "/sections/VPT";

        coordinator.get(section);
        HttpResponse<String> refused = upload(
                coordinator,
                section,
                Map.of("value_VPT.1", "yes"),
                "file_VPT.1",
                "beleid.pdf",
                "application/pdf",
                HTML);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Dit bestandstype wordt niet geaccepteerd");
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM assessment_answer WHERE measurement_id = ?")
                                .param(m)
                                .query(Long.class)
                                .single()))
                .as("nothing saved")
                .isZero();

        coordinator.get(section);
        assertThat(upload(
                                coordinator,
                                section,
                                Map.of("value_VPT.1", "yes"),
                                "file_VPT.1",
                                "../Beleid <b>.exe.pdf",
                                "text/html",
                                PDF)
                        .statusCode())
                .isEqualTo(302);
        record Row(UUID id, String evidenceName, String evidenceType, byte[] evidenceFile, byte[] evidenceNonce) {}
        Row row = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT id, evidence_name, evidence_type, "
                                        + "evidence_file, evidence_nonce FROM assessment_answer WHERE measurement_id = ? AND question_key = 'VPT.1'")
                        .param(m)
                        .query(Row.class)
                        .single());
        assertThat(row.evidenceType()).isEqualTo("application/pdf");
        assertThat(row.evidenceName()).isEqualTo("Beleid _b__exe.pdf");
        assertThat(row.evidenceNonce()).hasSize(12);
        assertThat(contains(row.evidenceFile(), "bewijsstuk 4711".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();

        HttpResponse<byte[]> file = download(coordinator, "/assessments/measurements/" + m + "/evidence/" + row.id());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(file.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/octet-stream");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download(loginAs("kd.coordinator"), "/assessments/measurements/" + m + "/evidence/" + row.id())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void evidenceOfAnActionIsCheckedByContentStoredEncryptedAndDownloadedAsAttachment() throws Exception {
        UUID action = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> plans.create(new ActionPlans.NewAction(
                        "Bewijs bij actie", null, null, null, null, null, ActionPlans.Priority.LOW)));
        WebClient coordinator = loginAs("coordinator");
        coordinator.get("/actions/" + action);
        HttpResponse<String> refused = upload(
                coordinator,
                "/actions/" + action + "/evidence",
                Map.of("label", "Script"),
                "file",
                "x.pdf",
                "application/pdf",
                HTML);
        assertThat(refused.body())
                .contains("Dit bestandstype wordt niet geaccepteerd")
                .contains("aria-invalid=\"true\"");

        coordinator.get("/actions/" + action);
        assertThat(upload(
                                coordinator,
                                "/actions/" + action + "/evidence",
                                Map.of("label", "Verslag"),
                                "file",
                                "verslag.pdf",
                                "text/html",
                                PDF)
                        .statusCode())
                .isEqualTo(302);
        record Row(UUID id, String contentType, byte[] content, byte[] nonce) {}
        Row row = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id, content_type, content, nonce FROM action_evidence WHERE action_id = ?")
                        .param(action)
                        .query(Row.class)
                        .single());
        assertThat(row.contentType()).isEqualTo("application/pdf");
        assertThat(row.nonce()).hasSize(12);
        assertThat(contains(row.content(), "bewijsstuk 4711".getBytes(StandardCharsets.US_ASCII)))
                .isFalse();

        HttpResponse<byte[]> file = download(coordinator, "/actions/" + action + "/evidence/" + row.id());
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(file.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/octet-stream");
    }
}
