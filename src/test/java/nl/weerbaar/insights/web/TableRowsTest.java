package nl.weerbaar.insights.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.insights.dashboard.Scope;
import nl.weerbaar.insights.dashboard.SmallNumbers;
import org.junit.jupiter.api.Test;

/** The dashboard's table rows as HTML: what each cell says, and every text escaped. */
class TableRowsTest {

    final Period q1 = Period.containing(Period.Granularity.QUARTER, LocalDate.of(2026, 2, 1));
    final Period q2 = Period.containing(Period.Granularity.QUARTER, LocalDate.of(2026, 5, 1));

    @Test
    void seriesRowsShowSmallCountsAsLessThanAndHiddenOnesWithTheLabelWithoutABar() {
        Map<Period, Long> counts = new LinkedHashMap<>();
        counts.put(q1, 3L);
        counts.put(q2, 40L);
        SmallNumbers numbers = new SmallNumbers(5, false);
        Series series = Series.of(counts, numbers);
        String html = TableRows.series(series, numbers, new Links(new Scope(null, null), true), "K", "<verborgen>");

        assertThat(html)
                .contains("<th scope=\"row\">2026-K1</th>")
                .contains(">&lt;5</a>")
                .contains("<th scope=\"row\">2026-K2</th>")
                .contains(">40</a>")
                .contains("width=\"100\"")
                .contains("href=\"/incidents?from=2026-04-01&amp;to=2026-06-30\"")
                .doesNotContain("<verborgen>");
        String none = TableRows.series(series, numbers, new Links(new Scope(null, null), false), "K", "x");
        assertThat(none).contains("<a>40</a>").doesNotContain("href");
    }

    @Test
    void dimensionRowsEscapeLabelsAndShowChangesWithTheirTrend() {
        DimensionTable table = new DimensionTable(List.of(
                new DimensionTable.Line(
                        "<img src=x onerror=alert(1)>",
                        "24",
                        true,
                        "/incidents?department=a&kind=b",
                        "12",
                        DimensionTable.Change.of(100, nl.weerbaar.insights.dashboard.Trend.UP),
                        null,
                        DimensionTable.Change.of(null, nl.weerbaar.insights.dashboard.Trend.TOO_FEW)),
                new DimensionTable.Line(
                        "Balie",
                        "3",
                        false,
                        null,
                        "1",
                        DimensionTable.Change.of(-50, nl.weerbaar.insights.dashboard.Trend.NO_CLEAR_CHANGE),
                        "2",
                        DimensionTable.Change.of(0, nl.weerbaar.insights.dashboard.Trend.TOO_FEW))));

        String html = TableRows.dimension(table, "verborgen", key -> "[" + key + "]");

        assertThat(html)
                .doesNotContain("<img")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("<a href=\"/incidents?department=a&amp;kind=b\">24</a>")
                .contains("<span class=\"trend trend--UP\"><span>+100%</span> <span>[insights.trend.UP]</span></span>")
                .contains("<td class=\"num\">verborgen</td>")
                .contains("<span class=\"trend trend--TOO_FEW\"><span>[insights.trend.TOO_FEW]</span></span>")
                .contains("<td class=\"num\"><span>3</span></td>")
                .contains("<span>-50%</span>")
                .contains("<span>0%</span>");
    }

    @Test
    void optionsMarkTheCurrentChoiceAndEscapeNames() {
        String html = TableRows.options(List.of(
                new TableRows.Option("", "Alle", false), new TableRows.Option("a\"b", "<b>Burgerzaken</b>", true)));
        assertThat(html)
                .isEqualTo("<option value=\"\">Alle</option>"
                        + "<option value=\"a&quot;b\" selected=\"selected\">&lt;b&gt;Burgerzaken&lt;/b&gt;</option>");
        assertThat(TableRows.optionsAfterAll("Alle", List.of(new TableRows.Option("BZ", "Burgerzaken", true))))
                .isEqualTo(
                        "<option value=\"\">Alle</option><option value=\"BZ\" selected=\"selected\">Burgerzaken</option>");
    }
}
