package nl.weerbaar.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.support.BrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dashboard's charts hold the same figures as its tables, for the coordinator (exact) and the secretary (small
 * numbers hidden): what a table hides, its chart hides with the same word and draws no bar for.
 */
class InsightsChartsIT extends BrowserTest {

    static List<String> rows(Locator rows) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.count(); i++) {
            out.add(String.join(
                    " | ",
                    rows.nth(i).locator("th, td").allTextContents().stream()
                            .map(String::strip)
                            .toList()));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"coordinator", "secretaris"})
    void everyChartHoldsTheNumbersOfItsTable(String user) {
        Page page = loggedInPage(user);
        page.navigate("/insights?granularity=QUARTER&by=DEPARTMENT");

        // the series: the line chart's table is the page's series table without its bar column
        List<String> series = new ArrayList<>();
        Locator seriesRows = page.locator("table.insights-series tbody tr");
        for (int i = 0; i < seriesRows.count(); i++) {
            series.add(seriesRows.nth(i).locator("th").textContent().strip() + " | "
                    + seriesRows.nth(i).locator("td.num").textContent().strip());
        }
        assertThat(series).hasSize(12);
        assertThat(rows(page.locator("#chart-trend table tbody tr"))).isEqualTo(series);

        // the quarters: the last four against the four a year before
        List<String> quarters = rows(page.locator("#chart-quarters table tbody tr"));
        assertThat(quarters).hasSize(4);
        for (int i = 0; i < 4; i++) {
            String before = series.get(4 + i).split(" \\| ")[1];
            String now = series.get(8 + i).split(" \\| ")[1];
            assertThat(quarters.get(i)).endsWith(" | " + before + " | " + now);
        }
        assertThat(page.locator("#chart-quarters svg[role=img]").getAttribute("aria-labelledby"))
                .isEqualTo("chart-quarters-title chart-quarters-desc");
        assertThat(page.locator("#chart-quarters-title").textContent())
                .isEqualTo("Incidenten per kwartaal tegen een jaar eerder");

        // per department: the heat map's department totals
        List<String> departments = new ArrayList<>();
        Locator heatRows = page.locator("table[data-test=heat-map] tbody tr");
        for (int i = 0; i < heatRows.count(); i++) {
            departments.add(heatRows.nth(i).locator("th").textContent().strip() + " | "
                    + heatRows.nth(i).locator("td").last().textContent().strip());
        }
        if (!departments.isEmpty()) {
            assertThat(rows(page.locator("#chart-departments table tbody tr"))).isEqualTo(departments);
            List<String> kindTotals = page.locator("table[data-test=heat-map] tfoot td").allTextContents().stream()
                    .map(String::strip)
                    .toList();
            List<String> kindCells = page.locator("#chart-kinds table tbody td").allTextContents();
            assertThat(kindCells).isEqualTo(kindTotals.subList(0, kindCells.size()));
            // every figure that is a number is written in the drawing; a hidden one has no bar
            List<String> drawn = page.locator("#chart-departments svg text").allTextContents();
            for (String d : departments) {
                assertThat(drawn).contains(d.split(" \\| ")[1]);
            }
            long numbers = departments.stream()
                    .filter(d -> d.split(" \\| ")[1].matches("\\d+"))
                    .count();
            assertThat(page.locator("#chart-departments svg.chart__svg rect.chart-s0")
                            .count())
                    .isEqualTo((int) numbers);
        }

        // follow-up in time: the shares of the health list
        List<String> timeliness = rows(page.locator("#chart-timeliness table tbody tr"));
        assertThat(timeliness).hasSize(3);
        assertThat(timeliness.get(0)).startsWith("Nazorg aangeboden binnen 24 uur | ");

        page.locator("#chart-quarters summary").click();
        assertThat(page.locator("#chart-quarters table").isVisible()).isTrue();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/insights-charts-" + user + "-1280.png"))
                .setFullPage(true));
        assertAccessible(page);
        page.setViewportSize(390, 844);
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(390);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/insights-charts-" + user + "-390.png"))
                .setFullPage(true));
        assertAccessible(page);
    }
}
