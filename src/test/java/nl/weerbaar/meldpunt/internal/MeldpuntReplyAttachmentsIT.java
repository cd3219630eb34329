package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reporter adds files when coming back with the receipt code: cleaned of metadata like those of the report, shown
 * to the recipients; a file that cannot be cleaned refuses the whole reply, and nothing of it is saved.
 */
class MeldpuntReplyAttachmentsIT extends IntegrationTest {

    @Autowired
    Reporting reporting;

    @Test
    void aReplyCarriesCleanedFilesAndARefusedFileSavesNothing() throws Exception {
        clock.setTo(Instant.parse("2038-08-08T10:00:00Z"));
        String code = reporting
                .submit(
                        Demo.VOORBEELDSTAD,
                        new Reporting.Submission(
                                "LEAK",
                                "Later meer " + UUID.randomUUID(),
                                null,
                                List.of(),
                                false,
                                List.of(),
                                null,
                                null,
                                null,
                                null),
                        null)
                .receiptCode();
        UUID id = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM meldpunt_report WHERE received_on = DATE '2038-08-08'")
                        .query(UUID.class)
                        .single());
        WebClient reporter = anonymous();

        HttpResponse<String> refused = reply(
                reporter,
                code,
                "Een foto van de iPhone",
                "IMG_0001.heic",
                "ftypheic".repeat(8).getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("attachments-error");
        assertThat(messages(id)).isZero();

        HttpResponse<String> sent =
                reply(reporter, code, "Hierbij het schema", "schema.png", MetadataStripperTest.pngWithText());
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("schema.png").contains("Hierbij het schema");
        assertThat(messages(id)).isEqualTo(1);

        WebClient coordinator = loginAs("coordinator");
        String detail = coordinator.get("/meldpunt/" + id).body();
        Matcher m = Pattern.compile("/meldpunt/" + id + "/attachments/([0-9a-f-]{36})")
                .matcher(detail);
        assertThat(m.find()).isTrue();
        byte[] file = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(coordinator.uri("/meldpunt/" + id + "/attachments/" + m.group(1)))
                                .header("Cookie", coordinator.cookieHeader())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray())
                .body();
        String text = new String(file, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("\u0089PNG").doesNotContain("J. Jansen").doesNotContain("tEXt");
    }

    private long messages(UUID id) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM meldpunt_message WHERE report_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single());
    }

    private static HttpResponse<String> reply(WebClient client, String code, String message, String name, byte[] file) {
        String boundary = "----reply" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f :
                Map.of("code", code, "message", message).entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                            + f.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\""
                        + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(client.uri("/m/voorbeeldstad/reply"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }
}
