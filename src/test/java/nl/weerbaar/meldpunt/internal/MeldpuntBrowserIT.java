package nl.weerbaar.meldpunt.internal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.weerbaar.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The reporter's journey on a phone with JavaScript switched off: report anonymously with a photo, keep the receipt
 * code, read the coordinator's question and answer it. Nothing is loaded from another origin.
 */
class MeldpuntBrowserIT extends BrowserTest {

    @Test
    void onAPhoneWithoutJavaScriptAnEmployeeReportsAnonymouslyAndAnswersTheCoordinatorsQuestion() {
        BrowserContext phone = browser()
                .newContext(new Browser.NewContextOptions()
                        .setJavaScriptEnabled(false)
                        .setViewportSize(390, 844)
                        .setBaseURL(baseUrl())
                        .setLocale("nl-NL"));
        BrowserContext office = browser()
                .newContext(new Browser.NewContextOptions()
                        .setJavaScriptEnabled(false)
                        .setBaseURL(baseUrl())
                        .setLocale("nl-NL"));
        try {
            List<String> origins = new CopyOnWriteArrayList<>();
            phone.onRequest(r -> {
                URI u = URI.create(r.url());
                origins.add(u.getScheme() + "://" + u.getHost() + ":" + u.getPort());
            });
            Page reporter = phone.newPage();
            reporter.navigate("/m/voorbeeldstad");
            String description = "Een handhaver krijgt geld van een bedrijf aan de Havenweg " + UUID.randomUUID();
            reporter.getByLabel("Signalen van ondermijning bij een adres of bedrijf")
                    .check();
            reporter.getByLabel("Beschrijving").fill(description);
            reporter.getByLabel("Adres of bedrijf (als het daarover gaat)").fill("Havenweg 3");
            reporter.getByLabel("Bijlagen")
                    .setInputFiles(new FilePayload("havenweg.jpg", "image/jpeg", MetadataStripperTest.jpegWithExif()));
            reporter.locator("button[type=submit]").click();
            assertThat(reporter.locator("h1")).hasText("Uw melding is ontvangen");
            String code = reporter.locator("#receipt-code").textContent().strip();
            assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
            assertThat(phone.cookies()).noneMatch(c -> c.name.equals("SESSION"));

            Page coordinator = office.newPage();
            login(coordinator, "coordinator");
            coordinator.navigate("/meldpunt");
            coordinator.getByLabel("Soort").selectOption("UNDERMINING");
            coordinator.getByLabel("Stand").selectOption("NEW");
            coordinator.getByText("Toon meldingen").click();
            assertThat(coordinator)
                    .hasURL(java.util.regex.Pattern.compile(".*/meldpunt\\?state=NEW&kind=UNDERMINING.*"));
            coordinator
                    .locator("tbody tr")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions()
                            .setHasText("Signalen van ondermijning"))
                    .locator("a")
                    .first()
                    .click();
            if (!coordinator.content().contains(description)) {
                // an earlier report of the same kind: find this one
                coordinator.navigate("/meldpunt?kind=UNDERMINING&state=NEW&pageSize=100");
                for (String href : coordinator.locator("tbody a").all().stream()
                        .map(a -> a.getAttribute("href"))
                        .toList()) {
                    coordinator.navigate(href);
                    if (coordinator.content().contains(description)) {
                        break;
                    }
                }
            }
            assertThat(coordinator.locator("main")).containsText(description);
            coordinator.getByLabel("Bericht aan de melder").fill("Wanneer hebt u dit gezien?");
            coordinator.locator("form[action$='/messages'] button").click();
            assertThat(coordinator.locator("ol.messages")).containsText("Wanneer hebt u dit gezien?");

            reporter.navigate("/m/voorbeeldstad/follow");
            reporter.getByLabel("Ontvangstcode").fill(code);
            reporter.locator("main form button[type=submit]").click();
            assertThat(reporter.locator("ol.messages")).containsText("Wanneer hebt u dit gezien?");
            reporter.getByLabel("Uw bericht aan het meldpunt").fill("Vorige week dinsdag.");
            reporter.locator("main form button[type=submit]").click();
            assertThat(reporter.locator("ol.messages")).containsText("Vorige week dinsdag.");
            assertThat(reporter.locator("[role=status]")).containsText("toegevoegd");

            coordinator.reload();
            assertThat(coordinator.locator("ol.messages")).containsText("Vorige week dinsdag.");
            assertThat(origins).isNotEmpty().allMatch(o -> o.equals("http://localhost:" + port));
            assertThat(phone.cookies()).noneMatch(c -> c.name.equals("SESSION"));
        } finally {
            phone.close();
            office.close();
        }
    }

    @Test
    void withoutJavaScriptARecipientRecordsAPhoneReportAndTheReporterConfirmsItOnAPhone() {
        BrowserContext office = browser()
                .newContext(new Browser.NewContextOptions()
                        .setJavaScriptEnabled(false)
                        .setBaseURL(baseUrl())
                        .setLocale("nl-NL"));
        BrowserContext phone = browser()
                .newContext(new Browser.NewContextOptions()
                        .setJavaScriptEnabled(false)
                        .setViewportSize(390, 844)
                        .setBaseURL(baseUrl())
                        .setLocale("nl-NL"));
        try {
            Page recipient = office.newPage();
            login(recipient, "vertrouwenspersoon");
            recipient.navigate("/meldpunt");
            recipient.getByText("Mondelinge melding vastleggen").click();
            String record = "Beller meldt druk van een aannemer op de afdeling Vergunningen " + UUID.randomUUID();
            recipient.getByLabel("Telefoongesprek").check();
            recipient
                    .getByLabel("Druk van buiten op een medewerker of bestuurder")
                    .check();
            recipient.getByLabel("Verslag van het gesprek").fill(record);
            recipient.locator("main form button[type=submit]").click();
            assertThat(recipient.locator("#consent-error")).isVisible();
            recipient.getByLabel("De melder stemt ermee in").check();
            recipient.locator("main form button[type=submit]").click();
            String code = recipient.locator("#receipt-code").textContent().strip();
            assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

            Page reporter = phone.newPage();
            reporter.navigate("/m/voorbeeldstad/follow");
            reporter.getByLabel("Ontvangstcode").fill(code);
            reporter.locator("main form button[type=submit]").click();
            assertThat(reporter.locator("#oral-record")).containsText("Verslag van uw telefoongesprek");
            assertThat(reporter.locator("main")).containsText(record);
            reporter.getByText("Het verslag klopt").click();
            assertThat(reporter.locator("#oral-record")).containsText("U bevestigde het verslag op");
        } finally {
            office.close();
            phone.close();
        }
    }

    @Test
    void theFilteredListIsAccessibleOnAPhone() {
        Page page = loggedInPage("coordinator");
        page.setViewportSize(390, 844);
        page.navigate("/meldpunt?state=NEW&pageSize=5");
        assertThat(page.getByLabel("Stand")).hasValue("NEW");
        assertAccessible(page);
    }

    @Test
    void theReportFormAndTheReceiptAreAccessibleOnAPhone() {
        Page page = newPage(390, 844);
        page.navigate("/m/voorbeeldstad");
        assertAccessible(page);
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling")
                .isTrue();
        page.getByLabel("Lekken van informatie").check();
        page.getByLabel("Beschrijving").fill("Toegankelijkheid " + UUID.randomUUID());
        page.locator("button[type=submit]").click();
        assertThat(page.locator("#receipt-code")).isVisible();
        assertAccessible(page);
        page.navigate("/m/voorbeeldstad/follow");
        assertAccessible(page);
    }
}
