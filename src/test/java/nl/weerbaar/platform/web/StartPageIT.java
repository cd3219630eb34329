package nl.weerbaar.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every role's start page in a real browser: each item links to a page that opens, the counts agree with the data
 * (and, for cases, with the list they link to), axe finds nothing, and screenshots at 1280 and 390 px land in
 * {@code target/screenshots/}.
 */
class StartPageIT extends BrowserTest {

    /** Three weeks on, the demo cases' follow-up steps are past their deadlines. */
    private static final Duration LATER = Duration.ofDays(21);

    @ParameterizedTest
    @ValueSource(strings = {"coordinator", "leidinggevende", "secretaris", "medewerker", "kd.coordinator", "jurist"})
    void everyItemLinksToItsWorkAndThePageIsAccessible(String user) {
        clock.setTo(Instant.now().plus(LATER));
        Page page = loggedInPage(user);
        page.navigate("/");
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/start-" + user + "-1280.png"))
                .setFullPage(true));
        List<String[]> links = new ArrayList<>();
        Locator items = page.locator("#work a[data-count], #figures a.figure-card__title, .start-actions a");
        for (int i = 0; i < items.count(); i++) {
            links.add(new String[] {
                items.nth(i).getAttribute("href"),
                items.nth(i).getAttribute("data-count"),
                items.nth(i).textContent().strip()
            });
        }
        assertThat(links).as("items on the start page of %s", user).isNotEmpty();
        for (String[] link : links) {
            Response response = page.navigate(link[0]);
            assertThat(response.status())
                    .as("%s from the start page of %s", link[0], user)
                    .isEqualTo(200);
            if (link[1] != null && link[0].startsWith("/incidents?")) {
                int rows = page.locator("table tbody tr").count();
                assertThat(rows)
                        .as("%s: the list holds what the start page counts", link[2])
                        .isEqualTo(Integer.parseInt(link[1]));
            }
        }
        page.setViewportSize(390, 844);
        page.navigate("/");
        assertAccessible(page);
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(390);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/start-" + user + "-390.png"))
                .setFullPage(true));
    }

    @Test
    void theCoordinatorsCountsAreThoseOfTheData() {
        Instant now = Instant.now().plus(LATER);
        clock.setTo(now);
        Page page = loggedInPage("coordinator");
        page.navigate("/");
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        long overdue = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("""
                SELECT count(*) FROM incident i JOIN app_user u ON u.username = 'coordinator'
                 WHERE i.status = 'OPEN' AND i.anonymised_at IS NULL AND NOT i.confidential
                   AND NOT (u.id = ANY (i.excluded_users))
                   AND EXISTS (SELECT 1 FROM incident_step s WHERE s.incident_id = i.id
                         AND s.status IN ('OPEN', 'IN_PROGRESS') AND s.due_at < ?)""").param(at).query(Long.class).single());
        long staleActions = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("""
                SELECT count(*) FROM action_item WHERE status IN ('OPEN', 'IN_PROGRESS')
                   AND (owner_id IS NULL OR due_date < CAST(? AS date))""")
                        .param(java.sql.Date.valueOf(
                                now.atZone(nl.weerbaar.platform.DutchTime.ZONE).toLocalDate()))
                        .query(Long.class)
                        .single());
        assertThat(overdue)
                .as("the demo has cases past their deadlines three weeks on")
                .isPositive();
        assertThat(count(page, "/incidents?work=overdue")).isEqualTo(overdue);
        assertThat(count(page, "/actions#stale-heading")).isEqualTo(staleActions);
        assertThat(page.locator("#work").textContent())
                .contains("Zaken met een vervolgstap over de termijn", "Acties die aandacht vragen");
    }

    @Test
    void theSecretarySeesTheMunicipalitysResilienceOnOneScreen() {
        Page page = loggedInPage("secretaris");
        page.navigate("/");
        String figures = page.locator("#figures").textContent();
        assertThat(figures).contains("Incidenten en opvolging", "Actieplan");
        long open = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql(
                                "SELECT count(*) FROM incident WHERE status = 'OPEN' AND NOT confidential AND anonymised_at IS NULL")
                        .query(Long.class)
                        .single());
        Locator openLine = page.locator("#figures dt", new Page.LocatorOptions().setHasText("Open zaken"))
                .first()
                .locator("xpath=following-sibling::dd[1]");
        assertThat(openLine.textContent()).isEqualTo(String.valueOf(open));
        assertThat(page.locator("#figures a[href='/actions']").count()).isOne();
    }

    @Test
    void theEmployeeGetsTheReportButtonsFirst() {
        Page page = loggedInPage("medewerker");
        page.navigate("/");
        Locator buttons = page.locator(".start-actions a");
        assertThat(buttons.first().getAttribute("href")).isEqualTo("/incidents/mini");
        assertThat(buttons.nth(1).getAttribute("href")).isEqualTo("/incidents/new");
        assertThat(page.locator("#work a[href='/incidents/mine']").count()).isOne();
        assertThat(page.locator("#work a[href='/actions/mine']").count()).isOne();
        assertThat(page.locator("ul.tiles a").count())
                .as("the areas stay reachable")
                .isPositive();
    }

    private static long count(Page page, String href) {
        return Long.parseLong(page.locator("#work a[href='" + href + "']").getAttribute("data-count"));
    }
}
