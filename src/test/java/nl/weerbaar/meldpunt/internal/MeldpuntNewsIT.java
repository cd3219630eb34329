package nl.weerbaar.meldpunt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A reporter may leave an address for "there is news" mails: the mail carries only a link, the address is sealed in
 * the report (not readable in the database, never shown to a recipient), a wrong address is refused with a message,
 * and the reporter can stop the mails with the receipt code.
 */
class MeldpuntNewsIT extends IntegrationTest {

    static final Pattern CODE = Pattern.compile("id=\"receipt-code\">([0-9A-Z-]{19})<");

    @Test
    void theReporterGetsNoticesWithoutContentUntilStoppingThem() throws Exception {
        String address = "melder-" + UUID.randomUUID() + "@example.org";
        String description = "Nieuwsmail " + UUID.randomUUID();
        WebClient reporter = anonymous();
        assertThat(reporter.get("/m/voorbeeldstad").body()).contains("name=\"newsEmail\"");

        HttpResponse<String> refused = reporter.postForm(
                "/m/voorbeeldstad",
                Map.of("kind", "LEAK", "description", description, "newsEmail", "geen adres <script>"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Vul een e-mailadres in zoals naam@voorbeeld.nl")
                .doesNotContain("<script>");
        assertThat(reportCount(description)).isZero();

        List<UUID> before = ids();
        HttpResponse<String> receipt = reporter.postForm(
                "/m/voorbeeldstad", Map.of("kind", "LEAK", "description", description, "newsEmail", address));
        assertThat(receipt.statusCode()).isEqualTo(200);
        Matcher m = CODE.matcher(receipt.body());
        assertThat(m.find()).isTrue();
        String code = m.group(1);
        assertThat(ownerTextContaining(address)).as("sealed, never in clear").isZero();

        UUID id = TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT id FROM meldpunt_report ORDER BY received_on DESC, id")
                                .query(UUID.class)
                                .list())
                .stream()
                .filter(r -> loginAs("coordinator").get("/meldpunt/" + r).body().contains(description))
                .findFirst()
                .orElseThrow();
        WebClient coordinator = loginAs("coordinator");
        assertThat(coordinator.get("/meldpunt/" + id).body()).doesNotContain(address);
        coordinator.postForm("/meldpunt/" + id + "/acknowledge", Map.of());
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(address).size() == 1);
        String mail = mailsTo(address).get(0);
        assertThat(mail)
                .contains("/m/voorbeeldstad/follow")
                .doesNotContain(description)
                .doesNotContain("LEAK");

        coordinator.postForm("/meldpunt/" + id + "/messages", Map.of("message", "Wie was erbij?"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(address).size() == 2);
        assertThat(mailsTo(address).get(1)).doesNotContain("Wie was erbij?");

        HttpResponse<String> followed = reporter.postForm("/m/voorbeeldstad/follow", Map.of("code", code));
        assertThat(followed.body()).contains("U krijgt een e-mail als er nieuws is");
        HttpResponse<String> stopped = reporter.postForm("/m/voorbeeldstad/news-stop", Map.of("code", code));
        assertThat(stopped.body()).contains("U krijgt geen e-mails meer").doesNotContain("data-test=\"news\"");

        coordinator.postForm("/meldpunt/" + id + "/messages", Map.of("message", "Nog een vraag"));
        assertThat(coordinator.get("/meldpunt/" + id).body()).contains("Nog een vraag");
        Thread.sleep(1500);
        assertThat(mailsTo(address)).as("no mail after stopping").hasSize(2);
        assertThat(reporter.postForm("/m/voorbeeldstad/follow", Map.of("code", code))
                        .body())
                .contains("Nog een vraag")
                .doesNotContain("data-test=\"news\"");

        assertThat(reporter.postForm("/m/voorbeeldstad/news-stop", Map.of("code", "AAAA-BBBB-CCCC-DDDD"))
                        .statusCode())
                .isNotEqualTo(200);
    }

    private List<UUID> ids() {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM meldpunt_report")
                        .query(UUID.class)
                        .list());
    }

    private long reportCount(String description) {
        return ownerTextContaining(description);
    }

    private long ownerTextContaining(String text) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM meldpunt_report r WHERE r::text LIKE ?")
                        .param("%" + text + "%")
                        .query(Long.class)
                        .single());
    }

    private static List<String> mailsTo(String address) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                bodies.add(m.getSubject() + "\n" + m.getContent());
            }
        }
        return bodies;
    }
}
