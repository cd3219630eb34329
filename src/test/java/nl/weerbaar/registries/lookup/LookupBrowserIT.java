package nl.weerbaar.registries.lookup;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.Charset;
import nl.weerbaar.support.BrowserTest;
import org.junit.jupiter.api.Test;

/** The coordinator on a phone: imports the extract as Excel saves it, then looks up an address for a purpose. */
class LookupBrowserIT extends BrowserTest {

    static final String EXTRACT = "KvK-nummer;Vestigingsnummer;Naam;SBI-codes;Postcode;Huisnummer;Huisletter\r\n"
            + "90004980;52781250;Shisha Lounge Café Zoë;5630;9999XD;8;;\r\n"
            + "90004981;52781251;Kapsalon Renée;9602;9999XD;8;B;\r\n";

    @Test
    void onAPhoneTheCoordinatorImportsTheExtractAndLooksUpAnAddressWithAPurpose() {
        Page page = newPage(390, 844);
        login(page, "coordinator");

        page.navigate("/registries/lookup");
        assertThat(page.locator("h1")).hasText("Adres of bedrijf opzoeken");
        assertAccessible(page);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Handelsregister inlezen"))
                .click();

        page.getByLabel("CSV-bestand")
                .setInputFiles(new FilePayload(
                        "uittreksel.csv", "text/csv", EXTRACT.getBytes(Charset.forName("windows-1252"))));
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("#import-result")).containsText("2 vestigingen ingelezen (bestand in Windows-1252)");
        assertThat(page.locator("#last-import")).containsText("2 vestigingen");
        assertAccessible(page);

        page.navigate("/registries/lookup");
        page.getByLabel("Postcode").fill("9999 xd");
        page.getByLabel("Huisnummer").fill("8");
        page.locator("#lookup-form button[type=submit]").click();
        assertThat(page.locator("#error-summary")).containsText("Doel");
        assertThat(page.locator("#answer")).hasCount(0);
        assertAccessible(page);

        page.getByLabel("Signaal ondermijning").check();
        page.getByLabel("Kenmerk of toelichting").fill("signaal 2026-118");
        page.locator("#lookup-form button[type=submit]").click();
        assertThat(page.locator("#answer h2")).hasText("Adres 9999XD 8");
        assertThat(page.locator("#extract")).containsText("Shisha Lounge Café Zoë");
        assertThat(page.locator("#extract")).not().containsText("Kapsalon");
        // whether a BAG stand is loaded depends on the tests that ran before in this database
        assertThat(page.locator("#bag"))
                .containsText(java.util.regex.Pattern.compile("De BAG is nog niet geladen|De BAG kent dit adres niet"));
        assertThat(page.locator("#kvk")).containsText("De KVK-API is niet ingesteld");
        assertAccessible(page);
    }
}
