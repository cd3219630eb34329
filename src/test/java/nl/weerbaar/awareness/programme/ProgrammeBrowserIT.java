package nl.weerbaar.awareness.programme;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinator plans a norm discussion with Burgerzaken for its manager; the reminder mail reaches the manager the
 * set number of days before it, once (fixed clock, through the mail outbox); the secretary sees it on the start page.
 */
class ProgrammeBrowserIT extends BrowserTest {

    static final String OWNER = "leidinggevende@voorbeeldstad.demo";

    @Autowired
    ProgrammeReminderJob job;

    @Test
    void aNormDiscussionIsPlannedAndItsOwnerIsRemindedBeforeIt() throws Exception {
        clock.setTo(Instant.parse("2031-03-01T08:00:00Z"));
        String title = "Normgesprek Burgerzaken " + UUID.randomUUID().toString().substring(0, 8);
        Page coordinator = loggedInPage("coordinator");
        coordinator.navigate("/awareness/programme/new");
        assertAccessible(coordinator);
        coordinator.getByLabel("Soort").selectOption(new SelectOption().setLabel("Normgesprek met een afdeling"));
        coordinator.getByLabel("Titel").fill(title);
        coordinator.getByLabel("Datum").fill("2031-03-20");
        coordinator.getByLabel("Eigenaar").selectOption(new SelectOption().setLabel("Lars Leidinggevende"));
        coordinator.getByLabel("Herinnering (dagen vooraf)").fill("5");
        coordinator.locator("main form button[type=submit]").first().click();
        // a norm discussion names its department
        assertThat(coordinator.locator(".field-error")).containsText("Kies de afdeling waarmee het normgesprek is.");
        assertAccessible(coordinator);
        coordinator
                .getByLabel("Afdeling", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Burgerzaken"));
        coordinator.locator("main form button[type=submit]").first().click();
        assertThat(coordinator.locator("[role=status]")).containsText("opgeslagen");
        String id = coordinator.url().replaceAll(".*/programme/", "").replaceAll("\\?.*", "");

        coordinator.navigate("/awareness/programme?year=2031");
        assertThat(coordinator.locator("main table")).containsText(title);
        assertThat(coordinator.locator("main table")).containsText("20-03-2031");
        assertAccessible(coordinator);

        Page secretary = loggedInPage("secretaris");
        assertThat(secretary.locator("#figures")).containsText(title);

        clock.setTo(Instant.parse("2031-03-14T06:00:00Z")); // six days before: not yet
        job.run();
        clock.setTo(Instant.parse("2031-03-15T06:00:00Z")); // five days before
        job.run();
        job.run();
        List<MimeMessage> mails = awaitMails(id, 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains(title).contains("20-03-2031");
        Thread.sleep(1000);
        assertThat(mailsAbout(id)).as("reminded once").hasSize(1);

        Page owner = loggedInPage("leidinggevende");
        owner.navigate("/awareness/programme/" + id);
        assertThat(owner.locator("h1")).hasText(title);
        assertThat(owner.locator("main")).containsText("Burgerzaken");
        assertAccessible(owner);
    }

    private static List<MimeMessage> awaitMails(String id, int count) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        List<MimeMessage> found = mailsAbout(id);
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = mailsAbout(id);
        }
        return found;
    }

    private static List<MimeMessage> mailsAbout(String id) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(a -> a.toString().equals(OWNER))
                                && m.getContent().toString().contains("/awareness/programme/" + id);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
