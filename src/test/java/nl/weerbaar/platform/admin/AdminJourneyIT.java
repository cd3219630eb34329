package nl.weerbaar.platform.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.junit.jupiter.api.Test;

/** An administrator's journey through every administration page in a real browser, on a desktop and on a phone. */
class AdminJourneyIT extends BrowserTest {

    @Test
    void anAdministratorSetsUpTheOrganisationAndEveryPageIsAccessible() {
        Page page = loggedInPage("beheerder");
        page.locator("nav.main-nav summary", new Page.LocatorOptions().setHasText("Beheer"))
                .click();
        page.locator("nav.main-nav").getByText("Inrichting").click();
        assertThat(page.locator("h1")).hasText("Beheer");
        assertAccessible(page);

        page.locator("a.tile[href='/admin/departments']").click();
        assertThat(page.locator("table")).containsText("Burgerzaken");
        assertAccessible(page);
        page.getByText("Nieuwe afdeling").click();
        assertAccessible(page);
        page.locator("form.card button[type=submit]").click();
        assertThat(page.locator(".alert--error")).containsText("Vul een code in.");
        assertThat(page.locator("#code")).hasAttribute("aria-invalid", "true");
        assertAccessible(page);
        page.getByLabel("Code").fill("BRW");
        page.getByLabel("Naam").fill("Browserzaken");
        page.locator("form.card button[type=submit]").click();
        assertThat(page.locator(".alert--success")).containsText("De afdeling is aangemaakt.");
        page.getByText("Browserzaken").click();
        assertAccessible(page);

        page.navigate("/admin/positions");
        assertAccessible(page);
        page.getByText("Nieuwe functie").click();
        page.getByLabel("Naam").fill("Browsertester");
        page.getByLabel("Salarisschaal").selectOption("9");
        page.getByText("Deze functie heeft mandaat").click();
        assertAccessible(page);
        page.locator("form.card button[type=submit]").click();
        assertThat(page.locator("table")).containsText("Browsertester");

        page.navigate("/admin/users");
        assertAccessible(page);
        page.getByLabel("Zoeken op naam, gebruikersnaam of e-mail").fill("vera");
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Filteren"))
                .click();
        assertThat(page.locator("tbody tr")).hasCount(2);
        page.getByText("Nieuwe gebruiker").click();
        assertAccessible(page);
        page.getByLabel("Gebruikersnaam").fill("browser.gebruiker");
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Bas Browser");
        page.getByLabel("Afdeling")
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Browserzaken"));
        page.getByLabel("Leidinggevende").check();
        page.getByLabel("Eerste wachtwoord").fill("kort");
        page.locator("form.card button[type=submit]").click();
        assertThat(page.locator(".alert--error")).containsText("Het wachtwoord is te kort");
        assertAccessible(page);
        page.getByLabel("Eerste wachtwoord").fill("lange zin als wachtwoord");
        page.locator("form.card button[type=submit]").click();
        assertThat(page.locator(".alert--success")).containsText("De gebruiker is aangemaakt.");
        assertAccessible(page);
        page.getByText("Wachtwoord instellen").click();
        assertAccessible(page);

        page.navigate("/admin/import");
        assertAccessible(page);
        page.locator("#departments-file")
                .setInputFiles(new FilePayload(
                        "afdelingen.csv",
                        "text/csv",
                        "code;naam\nBRW2;Tweede browserafdeling\nBRW2;Dubbel\n".getBytes(StandardCharsets.UTF_8)));
        page.locator("form[action$='/admin/import/departments'] button").click();
        assertThat(page.locator("table").first()).containsText("staat al op regel 2");
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(java.nio.file.Path.of("target/screenshots/admin-import-errors.png")));
        assertAccessible(page);
        page.navigate("/admin/import");
        page.locator("#departments-file")
                .setInputFiles(new FilePayload(
                        "afdelingen.csv",
                        "text/csv",
                        "code;naam\nBRW2;Tweede browserafdeling\n".getBytes(StandardCharsets.UTF_8)));
        page.locator("form[action$='/admin/import/departments'] button").click();
        assertAccessible(page);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Nu importeren"))
                .click();
        assertThat(page.locator(".alert--success")).containsText("1 afdeling(en) aangemaakt");
        assertAccessible(page);

        page.navigate("/admin/settings");
        assertAccessible(page);
        page.getByLabel("Accentkleur").fill("#ffdd00");
        page.locator("form.card button[type=submit]").click();
        assertThat(page.locator(".alert--error")).containsText("slecht leesbaar");
        assertAccessible(page);

        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(java.nio.file.Path.of("target/screenshots/admin-settings-error.png")));
        page.navigate("/admin/users/new");
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(java.nio.file.Path.of("target/screenshots/admin-user-new.png")));
        page.navigate("/account/password");
        assertAccessible(page);
        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("SELECT count(*) FROM department WHERE code IN ('BRW', 'BRW2')")
                                .query(Long.class)
                                .single()))
                .isEqualTo(2);
    }

    @Test
    void theAdministrationPagesWorkOnAPhone() {
        Page page = newPage(390, 844);
        login(page, "beheerder");
        UUID user = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM app_user WHERE username = 'medewerker'")
                        .query(UUID.class)
                        .single());
        UUID department = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT id FROM department WHERE code = 'BZ'")
                        .query(UUID.class)
                        .single());
        for (String path : List.of(
                "/admin",
                "/admin/departments",
                "/admin/departments/new",
                "/admin/departments/" + department,
                "/admin/positions",
                "/admin/positions/new",
                "/admin/users",
                "/admin/users/new",
                "/admin/users/" + user,
                "/admin/users/" + user + "/password",
                "/admin/import",
                "/admin/settings",
                "/account/password")) {
            page.navigate(path);
            assertThat(page.locator("h1")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(java.nio.file.Path.of(
                            "target/screenshots/admin-phone" + path.replaceAll("[^a-z]+", "-") + ".png")));
            assertAccessible(page);
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
            assertThat(((Number) overflow).intValue())
                    .as("horizontal scroll on %s", path)
                    .isLessThanOrEqualTo(0);
        }
    }
}
