package nl.weerbaar.insights.web;

import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.insights.dashboard.Insights;
import nl.weerbaar.insights.dashboard.Period;

/**
 * The heat map as the page prints it: every cell's class, link, marker and text worked out here, once. A text of
 * null means "hidden" (the small-number rule); the page shows its protected label.
 *
 * <p>The rows of the table are written here as HTML ({@link #body(String)}): a 12 × 12 map has 144 cells, and six
 * template attributes per cell made the map the most expensive part of rendering the dashboard. Every text and
 * link is escaped; the template inserts the result with {@code th:utext} and keeps the table's head, caption and
 * foot.
 */
record HeatTable(List<Line> lines, List<String> kindTotals, String total) {

    /** One department: its name, its cells in the order of the kinds, its number of incidents. */
    record Line(String name, List<Cell> cells, String total) {}

    /** {@code linked}: there are incidents to go to ({@code href} is null when the list is not available). */
    record Cell(String css, boolean linked, String href, boolean marked, String text) {}

    /**
     * The table rows as HTML: a header cell per department, a cell per kind with its shading class, a link to the
     * incidents and the ▲ marker for the two highest levels, then the department's total. {@code hiddenLabel} is
     * shown for a hidden count.
     */
    public String body(String hiddenLabel) {
        StringBuilder html = new StringBuilder(lines.size() * 1_200);
        for (Line line : lines) {
            html.append("<tr><th scope=\"row\">")
                    .append(TableRows.escape(line.name()))
                    .append("</th>");
            for (Cell c : line.cells()) {
                html.append("<td class=\"").append(TableRows.escape(c.css())).append("\">");
                if (c.linked()) {
                    html.append(c.href() == null ? "<a>" : "<a href=\"" + TableRows.escape(c.href()) + "\">");
                    if (c.marked()) {
                        html.append("<span aria-hidden=\"true\">▲ </span>");
                    }
                    html.append("<span>")
                            .append(TableRows.escape(c.text() != null ? c.text() : hiddenLabel))
                            .append("</span></a>");
                } else {
                    html.append("<span>0</span>");
                }
                html.append("</td>");
            }
            html.append("<td class=\"num heat-total\">")
                    .append(TableRows.escape(line.total() != null ? line.total() : hiddenLabel))
                    .append("</td></tr>");
        }
        return html.toString();
    }

    static HeatTable of(HeatMap heat, Masks masks, Links links, Period period, Labels labels, Insights.Row totals) {
        List<Line> lines = new ArrayList<>(heat.rows().size());
        for (HeatMap.HeatRow row : heat.rows()) {
            List<Cell> cells = new ArrayList<>(row.cells().size());
            for (HeatMap.HeatCell c : row.cells()) {
                boolean hidden = masks.cellHidden(row.department(), c.kind());
                int level = hidden ? 0 : c.level();
                boolean linked = c.count() > 0;
                cells.add(new Cell(
                        "num heat-" + level,
                        linked,
                        linked ? links.incidents(row.department(), c.kind(), period) : null,
                        !hidden && level >= 3,
                        masks.showCell(row.department(), c.kind(), c.count())));
            }
            lines.add(new Line(
                    row.name() != null ? row.name() : labels.department(null),
                    cells,
                    masks.showDepartment(row.department(), row.total())));
        }
        List<String> kindTotals = new ArrayList<>(heat.kinds().size());
        for (int i = 0; i < heat.kinds().size(); i++) {
            kindTotals.add(masks.showKind(heat.kinds().get(i), heat.kindTotals().get(i)));
        }
        return new HeatTable(lines, kindTotals, masks.showTotal("now", totals));
    }
}
