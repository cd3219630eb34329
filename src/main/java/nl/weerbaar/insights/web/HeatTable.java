package nl.weerbaar.insights.web;

import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.insights.dashboard.Insights;
import nl.weerbaar.insights.dashboard.Period;

/**
 * The heat map as the page prints it: every cell's class, link, marker and text worked out here, once, so the
 * template only places them (a 12 × 12 map has 144 cells; deciding each in the template took most of the page's
 * rendering time). A text of null means "hidden" (the small-number rule); the page shows its protected label.
 */
record HeatTable(List<Line> lines, List<String> kindTotals, String total) {

  /** One department: its name, its cells in the order of the kinds, its number of incidents. */
  record Line(String name, List<Cell> cells, String total) {}

  /** {@code linked}: there are incidents to go to ({@code href} is null when the list is not available). */
  record Cell(String css, boolean linked, String href, boolean marked, String text) {}

  static HeatTable of(HeatMap heat, Masks masks, Links links, Period period, Labels labels, Insights.Row totals) {
    List<Line> lines = new ArrayList<>(heat.rows().size());
    for (HeatMap.HeatRow row : heat.rows()) {
      List<Cell> cells = new ArrayList<>(row.cells().size());
      for (HeatMap.HeatCell c : row.cells()) {
        boolean hidden = masks.cellHidden(row.department(), c.kind());
        int level = hidden ? 0 : c.level();
        boolean linked = c.count() > 0;
        cells.add(new Cell("num heat-" + level, linked,
            linked ? links.incidents(row.department(), c.kind(), period) : null, !hidden && level >= 3,
            masks.showCell(row.department(), c.kind(), c.count())));
      }
      lines.add(new Line(row.name() != null ? row.name() : labels.department(null), cells,
          masks.showDepartment(row.department(), row.total())));
    }
    List<String> kindTotals = new ArrayList<>(heat.kinds().size());
    for (int i = 0; i < heat.kinds().size(); i++) {
      kindTotals.add(masks.showKind(heat.kinds().get(i), heat.kindTotals().get(i)));
    }
    return new HeatTable(lines, kindTotals, masks.showTotal("now", totals));
  }
}
