package nl.weerbaar.addresses.signals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import nl.weerbaar.registries.trade.TradeExtract;
import nl.weerbaar.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coordinator on a phone looks up an address for a purpose, reads its signals and turns one into an action. */
class SignalsBrowserIT extends BrowserTest {

    @Autowired
    TradeExtract extract;

    @Test
    void theCoordinatorLooksUpAnAddressSeesItsSignalsExplainedAndTurnsOneIntoAnAction() throws Exception {
        SignalsIT.load(extract);
        Page page = newPage(390, 844);
        login(page, "coordinator");

        page.navigate("/adressen");
        assertThat(page.locator("h1")).hasText("Adres bekijken");
        page.getByLabel("Postcode").fill("9999 sa");
        page.getByLabel("Huisnummer").fill("2");
        page.locator("#lookup-form button[type=submit]").click();
        assertThat(page.locator("#error-summary")).containsText("Doel");
        assertAccessible(page);

        page.getByLabel("Bibob-onderzoek").check();
        page.getByLabel("Kenmerk of toelichting").fill("BB-2026-031");
        page.locator("#lookup-form button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Signaalstraat 2, 9999SA Proefdorp");
        assertThat(page.locator("#signals")).containsText("Een signaal is geen bevinding");
        assertThat(page.locator("#signal-0 h3")).hasText("Veel vestigingen op één adres");
        assertThat(page.locator("#signal-0"))
                .containsText("5 vestigingen staan ingeschreven op dit adres; de drempel van de gemeente is 5.");
        assertThat(page.locator("#bag")).containsText("kantoorfunctie");
        assertAccessible(page);

        page.locator("#signal-0 button").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/actions/[0-9a-f-]{36}$"));
        assertThat(page.locator("main")).containsText("Veel vestigingen op één adres");
    }
}
