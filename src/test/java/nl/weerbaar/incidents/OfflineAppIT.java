package nl.weerbaar.incidents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The installed quick-report app: it opens without a connection from a cold start, its waiting queue belongs to the
 * person who made the reports, and a report the server refused comes back to its maker to correct and resend.
 */
class OfflineAppIT extends BrowserTest {

    long count(String description) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM incident WHERE description = ?")
                        .param(description)
                        .query(Long.class)
                        .single());
    }

    long otherReporters(String description) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("""
                        SELECT count(*) FROM incident i JOIN app_user u ON u.id = i.registered_by
                         WHERE i.description = ? AND u.username <> 'medewerker'""").param(description).query(Long.class).single());
    }

    UUID userId(String username) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                        .param(username)
                        .query(UUID.class)
                        .single());
    }

    static void logout(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen"))
                .click();
        page.waitForURL(url -> url.contains("/login"));
    }

    static void reportOffline(Page page, String text, boolean withKind) {
        reportOffline(page, text, withKind, true);
    }

    static void reportOffline(Page page, String text, boolean withKind, boolean backOnline) {
        page.navigate("/incidents/mini");
        page.context().setOffline(true);
        if (withKind) {
            page.getByLabel("Intimidatie").check();
        }
        page.getByLabel("Waar?").selectOption("STREET");
        page.getByLabel("Wat gebeurde er, in het kort?").fill(text);
        page.locator("#mini-form button[type=submit]").click();
        assertThat(page.locator("#offline-status")).containsText("offline");
        if (backOnline) {
            page.context().setOffline(false);
        }
    }

    @Test
    void theWaitingQueueIsNeverSentUnderAnotherLogin() {
        Page page = newPage(390, 844);
        login(page, "medewerker");
        String text = "Bedreigd op straat, offline gemeld " + UUID.randomUUID();
        reportOffline(page, text, true, false);
        // the maker leaves while still offline; the device comes online on a page without the queue
        BrowserContext device = page.context();
        page.close();
        Page later = device.newPage();
        device.setOffline(false);
        later.navigate("/");
        logout(later);

        login(later, "vergunningverlener");
        later.navigate("/incidents/mine");
        later.evaluate("window.dispatchEvent(new Event('online'))");
        later.waitForTimeout(1500);
        // (Chromium's offline emulation may let the first attempt through the service worker; whatever reached the
        // server did so as the maker, and the same key makes a resend the same report)
        assertThat(otherReporters(text)).as("not sent under another login").isZero();
        String makerQueue = (String) later.evaluate(
                "id => localStorage.getItem('weerbaar.incidents.queue.' + id)",
                userId("medewerker").toString());
        assertThat(makerQueue).as("still waiting for its maker").contains(text);
        logout(later);

        login(later, "medewerker");
        later.navigate("/incidents/mine");
        later.evaluate("window.dispatchEvent(new Event('online'))");
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> count(text) == 1);
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> "[]"
                        .equals(later.evaluate(
                                "id => localStorage.getItem('weerbaar.incidents.queue.' + id)",
                                userId("medewerker").toString())));
        String reporter = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("""
                SELECT u.username FROM incident i JOIN app_user u ON u.id = i.reporter_id WHERE i.description = ?""").param(text).query(String.class).single());
        assertThat(reporter).isEqualTo("medewerker");
    }

    @Test
    void aRefusedReportIsShownToItsMakerWithTheReasonAndCanBeCorrectedAndResent() {
        Page page = newPage(390, 844);
        login(page, "medewerker");
        String text = "Zonder soort offline gemeld " + UUID.randomUUID();
        reportOffline(page, text, false);

        page.navigate("/incidents/mine");
        page.evaluate("window.dispatchEvent(new Event('online'))");
        assertThat(page.locator("#offline-refused")).isVisible();
        assertThat(page.locator("#offline-refused")).containsText(text.substring(0, 20));
        assertThat(page.locator("#offline-refused")).containsText("Kies ten minste één soort incident.");
        assertAccessible(page);
        assertThat(count(text)).isZero();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanpassen en opnieuw versturen"))
                .click();
        page.waitForURL(url -> url.contains("/incidents/mini"));
        assertThat(page.getByLabel("Wat gebeurde er, in het kort?")).hasValue(text);
        assertThat(page.locator("#offline-status")).containsText("Kies ten minste één soort incident.");
        page.getByLabel("Intimidatie").check();
        page.locator("#mini-form button[type=submit]").click();
        page.waitForURL(url -> url.contains("/incidents/mine/"));
        assertThat(count(text)).isEqualTo(1);
        page.navigate("/incidents/mine");
        assertThat(page.locator("#offline-refused")).isHidden();
    }

    @Test
    void theInstalledAppOpensOfflineFromAColdStart() {
        Page page = newPage(390, 844);
        login(page, "medewerker");
        assertThat(page.request().get("/manifest.webmanifest").text()).contains("\"start_url\": \"/incidents/mini\"");
        page.navigate("/incidents/mini");
        page.waitForFunction(
                "() => navigator.serviceWorker.ready.then(() => caches.match('/incidents/mini'))" + ".then(r => !!r)");
        BrowserContext device = page.context();
        page.close();
        device.setOffline(true);
        Page cold = device.newPage();
        cold.navigate("/incidents/mini");
        assertThat(cold.locator("h1")).hasText("Snel melden");
        assertThat(cold.locator("#mini-form")).isVisible();
        device.setOffline(false);
    }
}
