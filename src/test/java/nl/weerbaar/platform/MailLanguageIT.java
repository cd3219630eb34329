package nl.weerbaar.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.UUID;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mails follow the language a user picked with the language switch; without a choice they are Dutch. */
class MailLanguageIT extends IntegrationTest {

    @Autowired
    Notifier notifier;

    @Test
    void theLanguageSwitchOfALoggedInUserDecidesTheLanguageOfTheirMails() throws Exception {
        WebClient manager = loginAs("leidinggevende");
        try {
            assertThat(manager.get("/?lang=en").statusCode()).isEqualTo(200);
            String english = send("leidinggevende@voorbeeldstad.demo");
            String dutch = send("coordinator@voorbeeldstad.demo");
            assertThat(english).isEqualTo("New incident registered");
            assertThat(dutch).as("never chose a language").isEqualTo("Nieuw incident geregistreerd");

            anonymous().get("/login?lang=en");
            assertThat(send("coordinator@voorbeeldstad.demo"))
                    .as("a choice without login is no user's choice")
                    .isEqualTo("Nieuw incident geregistreerd");
        } finally {
            manager.get("/?lang=nl");
        }
        assertThat(send("leidinggevende@voorbeeldstad.demo")).isEqualTo("Nieuw incident geregistreerd");
    }

    /** Sends the new-incident mail in Voorbeeldstad and returns its subject. */
    private String send(String to) throws Exception {
        String link = "/incidents/" + UUID.randomUUID();
        TenantContext.runAs(Demo.VOORBEELDSTAD, () -> notifier.sendLink(to, "incidents.mail.secretary", link));
        MimeMessage mail = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getContent().toString().contains(link);
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow();
        return mail.getSubject();
    }
}
