package nl.weerbaar.platform;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import nl.weerbaar.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The main menu in groups, on a desktop (1280 px) and a phone (390 px): a group opens without script, shows only the
 * role's entries, leads to its landing page, and every module page has a way back up.
 */
class NavigationBrowserIT extends BrowserTest {

    static Locator group(Page page, String name) {
        return page.locator("nav.main-nav summary", new Page.LocatorOptions().setHasText(name));
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")));
    }

    @Test
    void onADesktopTheCoordinatorOpensAGroupAndFindsTheWayBack() {
        Page page = loggedInPage("coordinator");
        assertThat(page.locator("nav.main-nav summary"))
                .hasText(new String[] {"Melden en opvolgen", "Inzicht", "Preventie en beleid"});
        // a group of one entry for this role is a plain link to it
        assertThat(page.locator("nav.main-nav a.main-nav__link")).hasText(new String[] {"Start", "Auditlog"});
        Locator insights = page.locator("nav.main-nav").getByText("Analyses");
        assertThat(insights).isHidden();
        group(page, "Inzicht").click();
        assertThat(insights).isVisible();
        screenshot(page, "navigation-1280-open");
        assertAccessible(page);

        group(page, "Preventie en beleid").click();
        assertThat(insights).isHidden(); // one group open at a time
        assertThat(page.locator("nav.main-nav").getByText("Actieplan")).isVisible();
        page.keyboard().press("Escape");
        assertThat(page.locator("nav.main-nav").getByText("Actieplan")).isHidden();

        group(page, "Inzicht").click();
        insights.click();
        page.waitForURL(url -> url.endsWith("/insights"));
        Locator trail = page.locator("nav.breadcrumb a");
        assertThat(trail).hasText(new String[] {"Start", "Inzicht"});
        assertThat(page.locator(".main-nav__group.is-current summary")).hasText("Inzicht");
        assertAccessible(page);

        page.navigate("/processes/findings");
        assertThat(trail).hasText(new String[] {"Start", "Preventie en beleid", "Processen en functies"});
        trail.nth(1).click();
        page.waitForURL(url -> url.endsWith("/menu/preventie-en-beleid"));
        assertThat(page.locator("main h1")).hasText("Preventie en beleid");
        assertThat(page.locator("main .tile__title")).hasText(new String[] {
            "Weerbaar samen",
            "Programma weerbaarheid",
            "Scans",
            "Actieplan",
            "Leren",
            "Opleidingen",
            "Processen en functies",
            "Adres checken voor bezoek",
            "Verwijsindex"
        });
        assertThat(page.locator("main .tile").nth(2)).containsText("0- en 1-meting");
        screenshot(page, "navigation-1280-landing");
        assertAccessible(page);
    }

    @Test
    void onAPhoneTheGroupsFitTheScreenAndAnOpenGroupSpansIt() {
        Page phone = newPage(390, 844);
        login(phone, "coordinator");
        group(phone, "Preventie en beleid").click();
        Locator actions = phone.locator("nav.main-nav").getByText("Actieplan");
        assertThat(actions).isVisible();
        assertThat(fitsTheScreen(phone)).isTrue();
        Object width = phone.locator("#nav-preventie-en-beleid ul").evaluate("u => u.getBoundingClientRect().width");
        assertThat(((Number) width).doubleValue()).as("open group on a phone").isGreaterThan(300);
        screenshot(phone, "navigation-390-open");
        assertAccessible(phone);
        actions.click();
        phone.waitForURL(url -> url.endsWith("/actions"));
        assertThat(phone.locator("nav.breadcrumb a")).hasText(new String[] {"Start", "Preventie en beleid"});
        assertThat(fitsTheScreen(phone)).isTrue();
        screenshot(phone, "navigation-390-module");
        assertAccessible(phone);
    }

    @Test
    void anEmployeeSeesOnlyTheGroupsOfTheirWork() {
        Page page = loggedInPage("medewerker");
        assertThat(page.locator("nav.main-nav summary"))
                .hasText(new String[] {"Melden en opvolgen", "Preventie en beleid"});
        assertThat(page.locator("nav.main-nav")).not().containsText("Inzicht");
        assertThat(page.locator("nav.main-nav")).not().containsText("Beheer");
        page.navigate("/incidents/mine");
        assertThat(page.locator("nav.breadcrumb a")).hasText(new String[] {"Start", "Melden en opvolgen"});
        assertThat(page.navigate("/menu/inzicht").status()).isEqualTo(404);
        assertThat(page.navigate("/menu/melden-en-opvolgen").status()).isEqualTo(200);
        assertThat(page.locator("main .tile__title"))
                .hasText(new String[] {"Vermoeden melden", "Melden", "Mijn meldingen"});
    }

    static boolean fitsTheScreen(Page page) {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }
}
