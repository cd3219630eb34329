package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.platform.UploadLimits;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The largest input the meldpunt allows goes through as a whole: five attachments filling the limit together (each at
 * most the file limit), the longest description and address in characters of several bytes, and the longest reply and
 * message. One byte more is refused on the form with a message that names the limit, never by the container's limit on
 * the whole form.
 */
class MeldpuntLargestInputIT extends IntegrationTest {

    @Autowired
    UploadLimits uploads;

    @Autowired
    Reporting reporting;

    @Test
    void theLargestReportAndTheLongestMessagesAreTakenWhole() throws Exception {
        List<byte[]> files = largestFiles(0);
        // "ë" takes two bytes and "€" three in UTF-8: the limits count characters, the form's limit counts bytes
        String description = longest("Vermoeden € ", Reporting.MAX_DESCRIPTION, UUID.randomUUID());
        String address = longest("Kërkstraat ", Reporting.MAX_ADDRESS, null);
        WebClient reporter = anonymous();
        HttpResponse<String> receipt = post(reporter, description, address, files);
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
        String code = MeldpuntJourneyIT.code(receipt);

        HttpResponse<String> followed = reporter.postForm("/m/voorbeeldstad/follow", Map.of("code", code));
        assertThat(followed.body()).contains(description).contains(address);
        List<Integer> sizes = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT a.size_bytes FROM meldpunt_attachment a JOIN meldpunt_report r ON r.id = a.report_id"
                                        + " WHERE r.received_on = current_date AND a.size_bytes > ? ORDER BY a.size_bytes")
                        .param(uploads.maxFileBytes() - 2 * 1024 * 1024)
                        .query(Integer.class)
                        .list());
        assertThat(sizes).hasSizeGreaterThanOrEqualTo(5);

        String reply = longest("Aanvulling € ", Reporting.MAX_MESSAGE, null);
        HttpResponse<String> answered =
                reporter.postForm("/m/voorbeeldstad/reply", Map.of("code", code, "message", reply));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains(reply);
    }

    @Test
    void oneByteMoreThanTheFilesMayWeighTogetherIsNamedOnTheForm() {
        HttpResponse<String> refused = post(anonymous(), "Te veel bijlagen " + UUID.randomUUID(), "", largestFiles(1));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("De bestanden zijn samen groter dan " + UploadLimits.megabytes(reporting.maxTogetherBytes())
                        + " MB")
                .contains("Te veel bijlagen");
    }

    @Test
    void aDescriptionOneCharacterTooLongIsNamedOnTheForm() {
        HttpResponse<String> refused = post(anonymous(), "x".repeat(Reporting.MAX_DESCRIPTION + 1), "", List.of());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"description-error\"");
    }

    @Test
    void theFormNamesTheLimits() {
        String form = anonymous().get("/m/voorbeeldstad").body();
        assertThat(form)
                .contains("tot 5 bestanden van elk ten hoogste " + UploadLimits.megabytes(uploads.maxFileBytes())
                        + " MB en samen ten hoogste " + UploadLimits.megabytes(reporting.maxTogetherBytes()) + " MB")
                .contains("foto&#39;s");
    }

    /** Five JPEG files: as many as possible of the largest size, the last filling up to the limit (plus {@code extra}). */
    private List<byte[]> largestFiles(int extra) {
        long left = reporting.maxTogetherBytes() + extra;
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < Reporting.MAX_FILES; i++) {
            int size = (int) Math.min(uploads.maxFileBytes(), left - (Reporting.MAX_FILES - 1 - i));
            files.add(jpeg(size, i));
            left -= size;
        }
        assertThat(files.stream().mapToLong(f -> f.length).sum()).isEqualTo(reporting.maxTogetherBytes() + extra);
        return files;
    }

    /** A JPEG of exactly {@code size} bytes: a header, a scan of random bytes, the end marker. */
    static byte[] jpeg(int size, long seed) {
        byte[] head = MetadataStripperTest.jpegWithExif();
        byte[] out = new byte[size];
        int scanStart = head.length - 2; // before the end marker of the small one
        System.arraycopy(head, 0, out, 0, scanStart);
        Random random = new Random(seed);
        for (int i = scanStart; i < size - 2; i++) {
            out[i] = (byte) random.nextInt(0xFF); // never 0xFF, which would start a marker
        }
        out[size - 2] = (byte) 0xFF;
        out[size - 1] = (byte) 0xD9;
        return out;
    }

    /** {@code unit} repeated up to exactly {@code length} characters, starting with {@code marker} when given. */
    private static String longest(String unit, int length, UUID marker) {
        StringBuilder b = new StringBuilder(marker == null ? "" : marker + " ");
        while (b.length() < length) {
            b.append(unit);
        }
        return b.substring(0, length);
    }

    private static HttpResponse<String> post(WebClient client, String description, String address, List<byte[]> files) {
        String boundary = "----meldpunt" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "kind", null, "LEAK".getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "description", null, description.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "address", null, address.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < files.size(); i++) {
            part(body, boundary, "attachments", "foto-" + i + ".jpg", files.get(i));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(client.uri("/m/voorbeeldstad"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] value) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: image/jpeg")
                + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(value);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
