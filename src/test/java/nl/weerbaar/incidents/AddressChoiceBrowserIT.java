package nl.weerbaar.incidents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.registries.bag.BagLoadService;
import nl.weerbaar.registries.bag.BagSample;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Choosing a BAG address from the suggestions on a phone, in place (htmx), and sending the report with it: an
 * employee's incident report and an anonymous meldpunt report.
 */
class AddressChoiceBrowserIT extends BrowserTest {

    @Autowired
    BagLoadService loads;

    @Test
    void anEmployeeChoosesTheAddressFromTheSuggestionsOnAPhone() {
        BagSample.doesburg(loads);
        Page page = newPage(390, 844);
        login(page, "medewerker");
        page.navigate("/incidents/new");
        String text = "Bewoner dreigde bij huisbezoek " + UUID.randomUUID();
        page.getByLabel("Intimidatie").check();
        page.getByLabel("Waar?").selectOption("HOME_VISIT");
        page.locator("#description").fill(text);
        page.getByLabel("Postcode").fill("6981 ch");
        page.getByLabel("Huisnummer").fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adressen zoeken"))
                .click();
        assertThat(page.getByLabel("Kosterstraat 4, 6981CH Doesburg")).isVisible();
        // The page was not sent: the text is still there and nothing was saved.
        assertThat(page.locator("#description")).hasValue(text);
        page.getByLabel("Kosterstraat 4, 6981CH Doesburg").check();
        assertAccessible(page);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling on a phone")
                .isTrue();
        page.locator("#addressBagId")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(Path.of("target/address-choice-phone.png")));
        page.locator("form.form button[type=submit]").click();
        page.waitForURL(url -> url.contains("/incidents/mine/"));
        String address = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT address_bag_id FROM incident WHERE description = ?")
                        .param(text)
                        .query(String.class)
                        .single());
        assertThat(address).isEqualTo(BagSample.KOSTERSTRAAT_4);
    }

    @Test
    void anAnonymousReporterChoosesTheAddressOnThePublicMeldpuntFormOnAPhone() {
        BagSample.doesburg(loads);
        long before = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM meldpunt_report WHERE address_key IS NOT NULL")
                        .query(Long.class)
                        .single());
        Page page = newPage(390, 844);
        page.navigate("/m/voorbeeldstad");
        page.getByLabel("Signalen van ondermijning bij een adres of bedrijf").check();
        page.getByLabel("Beschrijving").fill("Veel bezoek op vreemde tijden " + UUID.randomUUID());
        page.getByLabel("Postcode").fill("6981CH");
        page.getByLabel("Huisnummer").fill("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adressen zoeken"))
                .click();
        page.getByLabel("Kosterstraat 4, 6981CH Doesburg").check();
        assertAccessible(page);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .isTrue();
        page.locator("button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Uw melding is ontvangen");
        assertThat(page.context().cookies()).noneMatch(c -> c.name.equals("SESSION"));
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM meldpunt_report WHERE address_key IS NOT NULL")
                                .query(Long.class)
                                .single()))
                .isEqualTo(before + 1);
    }
}
