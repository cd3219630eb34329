package nl.weerbaar.insights.web;

import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.insights.dashboard.Dimension;
import nl.weerbaar.insights.dashboard.Insights;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.insights.dashboard.Trend;

/**
 * The breakdown table as the page prints it, every row's label, counts, link and changes worked out here once
 * (as {@link HeatTable}). A count of null is hidden by the small-number rule; the page shows its protected label.
 */
record DimensionTable(List<Line> lines) {

    /** {@code href}: the incidents behind the count, only for departments and kinds (null when not available). */
    record Line(
            String label,
            String now,
            boolean linked,
            String href,
            String previous,
            Change changePrevious,
            String year,
            Change changeYear) {}

    /** A change as "+12%" (null when hidden or not computable) and the trend's name. */
    record Change(String percent, String trend) {

        static Change of(Integer percent, Trend trend) {
            return new Change(
                    percent == null ? null : (percent > 0 ? "+" + percent : percent.toString()) + "%", trend.name());
        }

        public String css() {
            return "trend trend--" + trend;
        }

        public String key() {
            return "insights.trend." + trend;
        }
    }

    static DimensionTable of(
            List<Insights.Row> rows, Dimension by, Masks masks, Links links, Period period, Labels labels) {
        List<Line> lines = new ArrayList<>(rows.size());
        for (Insights.Row r : rows) {
            boolean linked = by == Dimension.DEPARTMENT || by == Dimension.KIND;
            String href = by == Dimension.DEPARTMENT
                    ? links.department(r.key(), period)
                    : by == Dimension.KIND ? links.incidents(null, r.key(), period) : null;
            lines.add(new Line(
                    labels.of(by, r.key()),
                    masks.showRow("now", r),
                    linked,
                    href,
                    masks.showRow("previous", r),
                    Change.of(masks.changeRow("previous", r), r.trendPrevious()),
                    masks.showRow("year", r),
                    Change.of(masks.changeRow("year", r), r.trendYear())));
        }
        return new DimensionTable(lines);
    }
}
