package nl.weerbaar.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.weerbaar.platform.Notifier;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.TestDatabase;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * All mail goes through the outbox: sent right after the transaction that queued it, tried again with back-off
 * when the mail server cannot be reached, failed for good with the reason after the last attempt, listed for the
 * administrator of its municipality only, and sent when the administrator tries again.
 */
class MailOutboxIT extends IntegrationTest {

    @Autowired
    Notifier notifier;

    @Autowired
    MailOutboxJob job;

    @Autowired
    JavaMailSenderImpl sender;

    @Autowired
    TransactionTemplate tx;

    private final int serverPort = MAIL.getSmtp().getPort();

    @AfterEach
    void serverBack() {
        sender.setPort(serverPort);
    }

    @Test
    void aMailThatCannotBeSentFailsWithItsReasonShowsOnTheAdminPageAndIsSentOnRetry() throws Exception {
        String to = address("storing");
        String link = "/incidents/" + UUID.randomUUID();
        sender.setPort(closedPort());

        queueInVoorbeeldstad(to, link);

        Map<String, Object> row = row(to);
        assertThat(row.get("state"))
                .as("tried right after commit, waiting for the next attempt")
                .isEqualTo("PENDING");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat((String) row.get("last_error")).contains("MailConnectException");
        WebClient admin = loginAs("beheerder");
        HttpResponse<String> page = admin.get("/admin/mails");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(to)
                .contains("Nieuw incident geregistreerd")
                .contains("Wordt opnieuw geprobeerd")
                .contains("MailConnectException")
                .doesNotContain(link);

        for (int i = 0; i < 12 && !"FAILED".equals(row(to).get("state")); i++) {
            clock.advance(Duration.ofHours(1));
            job.sendDue();
        }
        row = row(to);
        assertThat(row.get("state")).isEqualTo("FAILED");
        assertThat(row.get("attempts")).isEqualTo(8);
        assertThat((String) row.get("last_error")).contains("MailConnectException");
        assertThat(received(link)).isEmpty();

        page = admin.get("/admin/mails");
        assertThat(page.body())
                .contains(to)
                .contains("Mislukt")
                .contains("Opnieuw versturen")
                .doesNotContain(link);
        assertThat(loginAs("kd.beheerder").get("/admin/mails").body())
                .as("another municipality's administrator")
                .doesNotContain(to);
        assertThat(loginAs("coordinator").get("/admin/mails").statusCode()).isEqualTo(403);

        sender.setPort(serverPort);
        HttpResponse<String> retried = admin.postForm("/admin/mails/" + row.get("id") + "/retry", Map.of());
        assertThat(retried.statusCode()).isEqualTo(302);
        assertThat(received(link)).hasSize(1);
        row = row(to);
        assertThat(row.get("state")).isEqualTo("SENT");
        assertThat(row.get("body")).as("the body is removed once sent").isNull();
        assertThat(admin.get("/admin/mails").body()).doesNotContain(to).contains("opnieuw klaargezet");
    }

    @Test
    void theAdministratorSendsAllFailedMailsAgainAtOnce() throws Exception {
        List<String> links = List.of("/incidents/" + UUID.randomUUID(), "/incidents/" + UUID.randomUUID());
        sender.setPort(closedPort());
        links.forEach(link -> queueInVoorbeeldstad(address("alles"), link));
        try (var c = TestDatabase.ownerConnection();
                var st = c.createStatement()) {
            st.executeUpdate(
                    "UPDATE mail_outbox SET state = 'FAILED' WHERE state = 'PENDING' AND last_error IS NOT NULL");
        }
        sender.setPort(serverPort);
        WebClient admin = loginAs("beheerder");
        assertThat(admin.get("/admin/mails").body()).contains("mislukte e-mails opnieuw versturen");
        assertThat(admin.postForm("/admin/mails/retry", Map.of()).statusCode()).isEqualTo(302);
        links.forEach(link -> assertThat(received(link)).as(link).hasSize(1));
        assertThat(admin.get("/admin/mails").body())
                .contains("klaargezet voor verzending")
                .doesNotContain("Mislukt");
    }

    @Test
    void aMailLeftBehindIsSentByTheJob() throws Exception {
        String to = address("later");
        String link = "/incidents/" + UUID.randomUUID();
        sender.setPort(closedPort());
        queueInVoorbeeldstad(to, link);
        sender.setPort(serverPort);
        assertThat(received(link)).isEmpty();

        job.sendDue();
        assertThat(received(link)).as("not due before its back-off").isEmpty();
        clock.advance(Duration.ofMinutes(2));
        job.sendDue();
        assertThat(received(link)).hasSize(1);
        assertThat(row(to).get("state")).isEqualTo("SENT");
    }

    @Test
    void aMailIsSentOnlyWhenTheWorkThatQueuedItCommits() throws Exception {
        String committed = "/incidents/" + UUID.randomUUID();
        String rolledBack = "/incidents/" + UUID.randomUUID();
        queueInVoorbeeldstad(address("gelukt"), committed);
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> tx.executeWithoutResult(s -> {
                    notifier.sendLink(address("teruggedraaid"), "incidents.mail.secretary", rolledBack);
                    s.setRollbackOnly();
                }));
        clock.advance(Duration.ofMinutes(5));
        job.sendDue();
        assertThat(received(committed)).hasSize(1);
        assertThat(received(rolledBack)).isEmpty();
    }

    @Test
    void mailsSentAndFailedAreDeletedAfterTheRetentionPeriod() throws Exception {
        String to = address("bewaren");
        queueInVoorbeeldstad(to, "/incidents/" + UUID.randomUUID());
        assertThat(row(to).get("state")).isEqualTo("SENT");
        clock.advance(Duration.ofDays(29));
        job.run();
        assertThat(row(to)).isNotEmpty();
        clock.advance(Duration.ofDays(2));
        job.run();
        assertThat(row(to)).isEmpty();
    }

    @Test
    void aTopicTellsHowManyOfItsMailsDidNotGoOut() {
        String topic = "test:" + UUID.randomUUID();
        sender.setPort(closedPort());
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> tx.executeWithoutResult(s -> notifier.sendLink(
                        address("onderwerp"),
                        "incidents.mail.secretary",
                        "/incidents",
                        java.util.Locale.ENGLISH,
                        topic)));
        assertThat(TenantContext.callAs(Demo.VOORBEELDSTAD, () -> notifier.undelivered(topic)))
                .isEqualTo(new Notifier.Undelivered(1, 0));
        assertThat(TenantContext.callAs(Demo.KLEINDORP, () -> notifier.undelivered(topic)))
                .isEqualTo(new Notifier.Undelivered(0, 0));
    }

    private void queueInVoorbeeldstad(String to, String link) {
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> tx.executeWithoutResult(s -> notifier.sendLink(to, "incidents.mail.secretary", link)));
    }

    /** The outbox row of the mail to {@code to}, read as the schema owner; empty when there is none. */
    private static Map<String, Object> row(String to) throws Exception {
        try (var c = TestDatabase.ownerConnection();
                var ps = c.prepareStatement(
                        "SELECT id, state, attempts, last_error, body FROM mail_outbox WHERE recipient = ?")) {
            ps.setString(1, to);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Map.of();
                }
                Map<String, Object> row = new java.util.HashMap<>();
                for (String column : List.of("id", "state", "attempts", "last_error", "body")) {
                    row.put(column, rs.getObject(column));
                }
                return row;
            }
        }
    }

    private static List<MimeMessage> received(String link) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getContent().toString().contains(link);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    private static String address(String name) {
        return name + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt()) + "@example.org";
    }

    /** A port on this machine where nothing listens. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
