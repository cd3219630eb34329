package nl.weerbaar.actions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.BrowserTest;
import nl.weerbaar.support.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The action plan's progress over the months: the counts per month end, and the chart on the plan's page. */
class ActionProgressBrowserIT extends BrowserTest {

    @Autowired
    Actions actions;

    private void action(UUID tenant, String status, LocalDate created, LocalDate done) {
        jdbc.sql("""
                INSERT INTO action_item (id, tenant_id, title, priority, status, created_at, completed_at)
                VALUES (?, ?, 'Voortgang', 'MEDIUM', ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        tenant,
                        status,
                        Timestamp.from(
                                created.atTime(12, 0).atZone(DutchTime.ZONE).toInstant()),
                        done == null
                                ? null
                                : Timestamp.from(done.atTime(12, 0)
                                        .atZone(DutchTime.ZONE)
                                        .toInstant()))
                .update();
    }

    @Test
    void eachMonthCountsTheActionsMadeAndDoneByItsEndLeavingCancelledOnesOut() {
        UUID tenant = UUID.randomUUID();
        String run = Integer.toHexString(new Random().nextInt(1 << 20));
        jdbc.sql("SELECT platform_create_municipality(?, ?, ?, false)")
                .params(tenant, "voortgang-" + run, "Gemeente Voortgang " + run)
                .query()
                .singleRow();
        LocalDate month = LocalDate.of(2026, 12, 1);
        List<Actions.MonthProgress> progress = TenantContext.callAs(tenant, () -> {
            action(
                    tenant,
                    "DONE",
                    month.minusMonths(3).plusDays(14),
                    month.minusMonths(2).plusDays(3));
            action(tenant, "OPEN", month.minusMonths(2).plusDays(20), null);
            action(tenant, "CANCELLED", month.minusMonths(1).plusDays(5), null);
            action(tenant, "DONE", month.plusDays(2), month.plusDays(4));
            // made on the last day of November: counts for November
            action(tenant, "IN_PROGRESS", month.minusDays(1), null);
            return actions.progress(month.minusMonths(4), month);
        });
        assertThat(progress)
                .extracting(p -> p.month() + " " + p.planned() + "/" + p.done())
                .containsExactly(
                        "2026-08-01 0/0", "2026-09-01 1/0", "2026-10-01 2/1", "2026-11-01 3/1", "2026-12-01 4/2");
    }

    @Test
    void theCoordinatorSeesTheProgressChartWithTheNumbersOfToday() {
        long planned = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM action_item WHERE status <> 'CANCELLED'")
                        .query(Long.class)
                        .single());
        long done = TenantContext.callAs(
                Demo.VOORBEELDSTAD,
                () -> jdbc.sql("SELECT count(*) FROM action_item WHERE status = 'DONE'")
                        .query(Long.class)
                        .single());
        Page page = loggedInPage("coordinator");
        page.navigate("/actions");
        assertThat(page.locator("#chart-progress-title").textContent()).isEqualTo("Voortgang van het actieplan");
        List<String> rows = page.locator("#chart-progress table tbody tr").allTextContents();
        assertThat(rows).hasSize(12);
        List<String> last = page.locator("#chart-progress table tbody tr")
                .last()
                .locator("td")
                .allTextContents();
        assertThat(last).containsExactly(Long.toString(planned), Long.toString(done));
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/actions-progress-1280.png"))
                .setFullPage(true));
        page.setViewportSize(390, 844);
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/actions-progress-390.png"))
                .setFullPage(true));
    }
}
