package nl.weerbaar.platform.approvals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.junit.jupiter.api.Test;

/**
 * Four eyes in a real browser: the administrator gives a new user the role of confidant on a desktop, the
 * secretary finds the request in the menu on a phone, tries to refuse without a reason, and approves; the confidants
 * see it on their start page. Every page is accessible.
 */
class ApprovalJourneyIT extends BrowserTest {

    @Test
    void theSecretaryApprovesANewConfidantOnAPhone() {
        Page admin = loggedInPage("beheerder");
        admin.navigate("/admin/users/new");
        admin.getByLabel("Gebruikersnaam").fill("vp.browser");
        admin.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Bo Browser");
        admin.getByLabel("Medewerker").check();
        admin.getByLabel("Vertrouwenspersoon", new Page.GetByLabelOptions().setExact(true))
                .check();
        admin.getByLabel("Vertrouwenspersoon voor").selectOption("CIVIL_SERVANTS");
        admin.locator("form.card button[type=submit]").click();
        assertThat(admin.locator(".alert--success")).containsText("De gebruiker is aangemaakt.");
        assertThat(admin.locator("#pending-approvals")).containsText("De rol vertrouwenspersoon voor Bo Browser");
        assertAccessible(admin);
        admin.locator("#pending-approvals a").click();
        assertThat(admin.locator("h1")).hasText("De rol vertrouwenspersoon voor Bo Browser");
        assertThat(admin.locator("#refuse-heading")).hasCount(0);
        assertAccessible(admin);

        Page phone = newPage(390, 844);
        login(phone, "secretaris");
        phone.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Goedkeuren").setExact(true))
                .first()
                .click();
        assertThat(phone.locator("#waiting")).containsText("Bo Browser");
        assertAccessible(phone);
        phone.locator("#waiting a", new Page.LocatorOptions().setHasText("Bo Browser"))
                .click();
        assertAccessible(phone);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afwijzen"))
                .click();
        assertThat(phone.locator("#reason")).hasAttribute("aria-invalid", "true");
        assertThat(phone.locator(".alert--error")).isVisible();
        assertAccessible(phone);
        assertThat(phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .isEqualTo(true);
        if (System.getenv("WEERBAAR_SCREENSHOTS") != null) {
            phone.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/approval-phone.png"))
                    .setFullPage(true));
        }
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Goedkeuren"))
                .click();
        assertThat(phone.locator(".alert--success")).containsText("U heeft de aanvraag goedgekeurd.");
        assertThat(phone.locator("#nothing-waiting")).isVisible();
        assertAccessible(phone);

        assertThat(TenantContext.callAs(
                        Demo.VOORBEELDSTAD,
                        () -> jdbc.sql("""
            SELECT string_agg(r.role, ',' ORDER BY r.role) FROM user_role r JOIN app_user u ON u.id = r.user_id
             WHERE u.username = 'vp.browser'""").query(String.class).single()))
                .isEqualTo("CONFIDANT,EMPLOYEE");

        Page confidant = loggedInPage("vertrouwenspersoon");
        assertThat(confidant.locator("#approval-notices")).containsText("De rol vertrouwenspersoon voor Bo Browser");
        assertAccessible(confidant);
        confidant
                .locator("#approval-notices a", new Page.LocatorOptions().setHasText("Bo Browser"))
                .click();
        assertThat(confidant.locator("h1")).hasText("De rol vertrouwenspersoon voor Bo Browser");
        assertAccessible(confidant);
    }
}
