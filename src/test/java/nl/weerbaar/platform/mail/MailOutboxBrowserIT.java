package nl.weerbaar.platform.mail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.ServerSocket;
import java.util.UUID;
import nl.weerbaar.platform.Notifier;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/** The administrator's page of mails not sent, on a desktop and a phone: readable, accessible, and sending again. */
class MailOutboxBrowserIT extends BrowserTest {

    @Autowired
    Notifier notifier;

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
    void theAdministratorSeesAFailedMailAndSendsItAgainOnAPhone() throws Exception {
        String to = "telefoon-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (ServerSocket socket = new ServerSocket(0)) {
            sender.setPort(socket.getLocalPort());
        }
        TenantContext.runAs(
                Demo.VOORBEELDSTAD,
                () -> tx.executeWithoutResult(s -> notifier.sendLink(to, "incidents.mail.secretary", "/incidents")));
        try (var c = TestDatabase.ownerConnection();
                var ps = c.prepareStatement("UPDATE mail_outbox SET state = 'FAILED' WHERE recipient = ?")) {
            ps.setString(1, to);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        sender.setPort(serverPort);

        for (int width : new int[] {1280, 390}) {
            Page page = newPage(width, 844);
            login(page, "beheerder");
            page.navigate("/admin");
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("E-mails die niet verstuurd zijn"))
                    .click();
            assertThat(page.locator("h1")).hasText("E-mails die niet verstuurd zijn");
            assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(to)))
                    .containsText("Mislukt");
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(java.nio.file.Path.of("target/screenshots/admin-mails-" + width + ".png")));
            assertAccessible(page);
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue()).as("horizontal scroll").isLessThanOrEqualTo(0);
        }

        Page page = newPage(390, 844);
        login(page, "beheerder");
        page.navigate("/admin/mails");
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Opnieuw versturen aan " + to))
                .click();
        assertThat(page.locator(".alert--success")).containsText("opnieuw klaargezet voor verzending");
        assertThat(page.locator("main")).not().containsText(to);
        assertAccessible(page);
    }
}
