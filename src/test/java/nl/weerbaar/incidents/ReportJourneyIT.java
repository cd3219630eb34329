package nl.weerbaar.incidents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Reporting in a real browser: the mini-report on a phone, the offline queue and the full form. */
class ReportJourneyIT extends BrowserTest {

    long count(String description) {
        return TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM incident WHERE description = ?")
                        .param(description)
                        .query(Long.class)
                        .single());
    }

    @Test
    void miniReportOnAPhoneIsSentInFourFieldsAndShowsScriptAsText() {
        Page page = newPage(390, 844);
        login(page, "medewerker");
        page.navigate("/incidents/mini");
        assertThat(page.locator("h1")).hasText("Snel melden");
        assertAccessible(page);
        String text = "Man riep <script>alert('x')</script> en sloeg op de balie " + UUID.randomUUID();
        page.getByLabel("Verbale agressie (schelden, schreeuwen)").check();
        page.getByLabel("Waar?").selectOption("COUNTER");
        page.getByLabel("Wat gebeurde er, in het kort?").fill(text);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Melding versturen"))
                .click();
        page.waitForURL(url -> url.contains("/incidents/mine/"));
        assertThat(page.locator(".alert--success")).containsText("Dank u voor uw melding");
        assertThat(page.locator("dd.prewrap")).hasText(text);
        assertAccessible(page);
        assertThat(count(text)).isEqualTo(1);
        String channel = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT channel FROM incident WHERE description = ?")
                        .param(text)
                        .query(String.class)
                        .single());
        assertThat(channel).isEqualTo("MINI");
    }

    @Test
    void offlineReportWaitsOnThePhoneAndIsSentExactlyOnce() {
        Page page = newPage(390, 844);
        login(page, "medewerker");
        page.navigate("/incidents/mini");
        String text = "Offline gemeld bij huisbezoek " + UUID.randomUUID();
        page.context().setOffline(true);
        page.getByLabel("Intimidatie").check();
        page.getByLabel("Waar?").selectOption("HOME_VISIT");
        page.getByLabel("Wat gebeurde er, in het kort?").fill(text);
        page.locator("#mini-form button[type=submit]").click();
        assertThat(page.locator("#offline-status")).containsText("offline");
        assertThat(count(text)).isZero();
        page.context().setOffline(false);
        page.evaluate("window.dispatchEvent(new Event('online'))");
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> count(text) == 1);
        assertThat(page.locator("#offline-status")).containsText("verstuurd");
        page.navigate("/incidents/mine");
        page.evaluate("window.dispatchEvent(new Event('online'))");
        page.waitForTimeout(1000);
        assertThat(count(text)).isEqualTo(1);
        assertThat((Object) page.evaluate("localStorage.getItem('weerbaar.incidents.queue.'"
                        + " + document.querySelector('[data-queue-owner]').getAttribute('data-queue-owner'))"))
                .isEqualTo("[]");
        assertAccessible(page);
    }

    @Test
    void fullFormRefusesMissingFieldsThenRegistersTheReport() {
        Page page = loggedInPage("medewerker");
        page.navigate("/incidents/new");
        assertThat(page.locator("h1")).hasText("Incident melden");
        assertAccessible(page);
        page.locator("form.form button[type=submit]").click();
        assertThat(page.locator("#error-summary")).containsText("Kies ten minste één soort incident.");
        assertThat(page.locator("#error-summary")).containsText("Beschrijf kort wat er gebeurde.");
        assertThat(page.locator("#description")).hasAttribute("aria-invalid", "true");
        assertAccessible(page);
        String text = "Ondernemer bood een envelop met geld aan " + UUID.randomUUID();
        page.getByLabel("(Poging tot) omkoping of aangeboden gift").check();
        page.getByLabel("Intimidatie").check();
        page.getByLabel("Waar?").selectOption("COUNTER");
        page.getByLabel("Welke plek precies?").fill("Spreekkamer 2");
        page.locator("#description").fill(text);
        page.getByLabel("Ja", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Wie was de dader voor u?").selectOption("ENTREPRENEUR");
        page.getByLabel("Naam of adres van de dader").fill("Bouwbedrijf De Steen, Industrieweg 4");
        page.getByLabel("Emotioneel (geschrokken, angstig, slecht slapen)").check();
        page.locator("form.form button[type=submit]").click();
        page.waitForURL(url -> url.contains("/incidents/mine/"));
        assertThat(page.locator(".alert--success")).containsText("Dank u");
        var row = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT severity || '/' || channel || '/' || array_to_string(kinds, ',') FROM incident WHERE description = ?")
                        .param(text)
                        .query(String.class)
                        .single());
        assertThat(row).isEqualTo("HIGH/FORM/INTIMIDATION,BRIBERY");
    }
}
