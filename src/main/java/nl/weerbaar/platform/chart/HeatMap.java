package nl.weerbaar.platform.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A heat map: rows × columns of cells, each with its figure written in it and a level that colours it (e.g. a risk
 * level); the level's name is in the table, so colour is never the only sign.
 *
 * @param cells per row, one cell per column
 */
public record HeatMap(
        String id,
        String title,
        String description,
        String head,
        List<String> rows,
        List<String> columns,
        List<List<Cell>> cells) {

    /**
     * One cell: its figure, the CSS class and colour of its level (e.g. {@code heat--HIGH}, {@code #fde3cf}) and the
     * level's name for the table (may be null).
     */
    public record Cell(Datum datum, String cls, String fill, String level) {}

    public HeatMap {
        if (cells.size() != rows.size() || cells.stream().anyMatch(r -> r.size() != columns.size())) {
            throw new IllegalArgumentException("one cell per row and column");
        }
    }

    public Chart build() {
        double left = 150, top = 40, rowHeight = 40;
        double cellWidth = (Charts.WIDTH - left) / Math.max(1, columns.size());
        List<Shape> shapes = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            shapes.add(Shape.text(
                    left + c * cellWidth + cellWidth / 2,
                    top - 12,
                    Charts.shorten(columns.get(c), (int) Math.max(4, cellWidth / 7)),
                    "middle",
                    "chart-label"));
        }
        for (int r = 0; r < rows.size(); r++) {
            double y = top + r * rowHeight;
            shapes.add(
                    Shape.text(left - 8, y + rowHeight / 2 + 4, Charts.shorten(rows.get(r), 22), "end", "chart-label"));
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = cells.get(r).get(c);
                double x = left + c * cellWidth;
                shapes.add(Shape.rect(
                        x + 1, y + 1, cellWidth - 2, rowHeight - 2, "chart-cell " + cell.cls(), cell.fill()));
                shapes.add(Shape.text(
                        x + cellWidth / 2,
                        y + rowHeight / 2 + 5,
                        cell.datum().text(),
                        "middle",
                        "chart-value chart-value--cell"));
            }
        }
        List<Chart.Table.Row> tableRows = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            tableRows.add(new Chart.Table.Row(
                    rows.get(r),
                    cells.get(r).stream()
                            .map(cell -> cell.level() == null
                                    ? cell.datum().text()
                                    : cell.datum().text() + " (" + cell.level() + ")")
                            .toList()));
        }
        List<String> heads = new ArrayList<>();
        heads.add(head);
        heads.addAll(columns);
        return new Chart(
                id,
                "heatmap",
                title,
                description,
                Charts.WIDTH,
                top + rows.size() * rowHeight,
                shapes,
                List.of(),
                new Chart.Table(heads, tableRows));
    }
}
