package nl.weerbaar.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.TestDatabase;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The survey page never says that invitations were sent: they are queued, and the page shows those that wait or
 * could not be sent (the mail server is unreachable in this test).
 */
class SurveyInvitationMailIT extends IntegrationTest {

    @Autowired
    JavaMailSenderImpl sender;

    private final int serverPort = MAIL.getSmtp().getPort();

    @AfterEach
    void serverBack() {
        sender.setPort(serverPort);
    }

    @Test
    void invitationsThatCouldNotBeSentAreNotReportedAsSent() throws Exception {
        WebClient coordinator = loginAs("coordinator");
        UUID survey = createSurvey(coordinator);
        String email = SurveyFixtures.address("storing");
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        sender.setPort(closed);

        coordinator.get("/surveys/" + survey);
        HttpResponse<String> invited =
                coordinator.postForm("/surveys/" + survey + "/invitations", Map.of("emails", email, "department", ""));
        assertThat(invited.statusCode()).isEqualTo(302);
        String page = coordinator.get("/surveys/" + survey).body();
        assertThat(page)
                .contains("1 uitnodiging klaargezet voor verzending.")
                .contains("1 uitnodiging of herinnering wacht nog op verzending")
                .doesNotContain("verstuurd.");
        assertThat(SurveyFixtures.subjectsFor(email)).isEmpty();

        try (var c = TestDatabase.ownerConnection();
                var ps = c.prepareStatement("UPDATE mail_outbox SET state = 'FAILED' WHERE recipient = ?")) {
            ps.setString(1, email);
            assertThat(ps.executeUpdate())
                    .as("the failed attempt is in the outbox")
                    .isEqualTo(1);
        }
        assertThat(coordinator.get("/surveys/" + survey).body())
                .contains("1 uitnodiging of herinnering kon niet worden verstuurd")
                .doesNotContain("wacht nog op verzending");
        assertThat(loginAs("beheerder").get("/admin/mails").body()).contains(email);
    }

    private UUID createSurvey(WebClient coordinator) {
        coordinator.get("/surveys/new");
        HttpResponse<String> created = coordinator.postForm(
                "/surveys/new",
                Map.of(
                        "title", "Storing bij de mail",
                        "variant", "CIVIL_SERVANT",
                        "opensOn", DutchTime.today(clock).toString(),
                        "closesOn", DutchTime.today(clock).plusDays(14).toString(),
                        "minGroupSize", "10",
                        "baseline", ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
