package nl.weerbaar.platform.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the charts of the platform from figures the caller has already masked for small numbers ({@link Datum}: a
 * hidden figure is not drawn and its table cell says why). Series are told apart by more than colour: the comparison
 * series is hatched (bars, columns) or dashed with square points (line), series keep a fixed order, and every bar
 * carries its figure as text.
 */
public final class Charts {

    static final double WIDTH = 560;
    static final String[] SERIES_CLASS = {"chart-s0", "chart-s1", "chart-s2"};
    static final String[] SERIES_FILL = {"#154273", "#8fb3e3", "#a84d00"};
    static final String TEXT = "#1b1b1b";
    static final String MUTED = "#4a4a4a";
    static final String GRID = "#d5dae1";

    private Charts() {}

    /** A category's label shortened to {@code max} characters (the table has it whole). */
    static String shorten(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1).strip() + "…";
    }

    private static Chart.Table seriesTable(String head, List<String> categories, List<Series> series) {
        List<String> columns = new ArrayList<>();
        columns.add(head);
        series.forEach(s -> columns.add(s.name()));
        List<Chart.Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            int at = i;
            rows.add(new Chart.Table.Row(
                    categories.get(i),
                    series.stream().map(s -> s.data().get(at).text()).toList()));
        }
        return new Chart.Table(columns, rows);
    }

    /**
     * Bars and columns: the last series is the main one (solid, the primary colour), the one before it the comparison
     * (hatched), a third before that the accent colour; so "the year before, this year" reads left to right.
     */
    private static List<Chart.Legend> legend(String id, List<Series> series) {
        List<Chart.Legend> legend = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            Shape key = bar(id, s, series.size(), 0, 0, 12, 12);
            legend.add(new Chart.Legend(
                    series.get(s).name(), key.cls(), key.fill(), key.cls().equals("chart-hatched")));
        }
        return legend;
    }

    private static double largest(List<Series> series) {
        return series.stream()
                .flatMap(s -> s.data().stream())
                .filter(Datum::drawn)
                .mapToDouble(Datum::value)
                .max()
                .orElse(0);
    }

    private static void check(List<String> categories, List<Series> series) {
        if (series.isEmpty() || series.size() > 3) {
            throw new IllegalArgumentException("a chart shows one to three series");
        }
        for (Series s : series) {
            if (s.data().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has not one figure per category");
            }
        }
    }

    /**
     * Vertical columns, grouped per category (e.g. each quarter against the same quarter a year before): the series
     * side by side in their order, each column with its figure above it.
     */
    public static Chart columns(
            String id, String title, String description, String head, List<String> categories, List<Series> series) {
        check(categories, series);
        double left = 44, right = 8, top = 22, bottom = 30, plotHeight = 200;
        double plotWidth = WIDTH - left - right;
        Scale scale = Scale.upTo(largest(series), plotHeight);
        List<Shape> shapes = new ArrayList<>();
        grid(shapes, scale, left, top, plotWidth, plotHeight);
        double group = plotWidth / Math.max(1, categories.size());
        double barWidth = Math.min(48, group * 0.75 / series.size());
        for (int c = 0; c < categories.size(); c++) {
            double groupLeft = left + c * group + (group - barWidth * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                Datum d = series.get(s).data().get(c);
                double x = groupLeft + s * barWidth;
                if (d.drawn()) {
                    double h = scale.length(d.value());
                    shapes.add(bar(id, s, series.size(), x + 1, top + plotHeight - h, barWidth - 2, h));
                    shapes.add(
                            Shape.text(x + barWidth / 2, top + plotHeight - h - 4, d.text(), "middle", "chart-value"));
                } else {
                    shapes.add(Shape.text(x + barWidth / 2, top + plotHeight - 4, d.text(), "middle", "chart-value"));
                }
            }
            shapes.add(Shape.text(
                    left + c * group + group / 2,
                    top + plotHeight + 18,
                    shorten(categories.get(c), (int) Math.max(4, group / 7)),
                    "middle",
                    "chart-label"));
        }
        shapes.add(Shape.line(left, top + plotHeight, left + plotWidth, top + plotHeight, "chart-axis", TEXT));
        return new Chart(
                id,
                "columns",
                title,
                description,
                WIDTH,
                top + plotHeight + bottom,
                shapes,
                legend(id, series),
                seriesTable(head, categories, series));
    }

    /**
     * Horizontal bars, one row per category (e.g. per department), the series under each other within the row, each
     * bar with its figure after it.
     */
    public static Chart bars(
            String id, String title, String description, String head, List<String> categories, List<Series> series) {
        check(categories, series);
        double left = 170, right = 56, top = 8, barHeight = 16, gap = 12;
        double plotWidth = WIDTH - left - right;
        double rowHeight = barHeight * series.size() + gap;
        Scale scale = Scale.upTo(largest(series), plotWidth);
        List<Shape> shapes = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            double rowTop = top + c * rowHeight;
            shapes.add(Shape.text(
                    left - 8,
                    rowTop + barHeight * series.size() / 2 + 4,
                    shorten(categories.get(c), 26),
                    "end",
                    "chart-label"));
            for (int s = 0; s < series.size(); s++) {
                Datum d = series.get(s).data().get(c);
                double y = rowTop + s * barHeight;
                double w = d.drawn() ? scale.length(d.value()) : 0;
                if (d.drawn()) {
                    shapes.add(bar(id, s, series.size(), left, y + 1, w, barHeight - 2));
                }
                shapes.add(Shape.text(left + w + 4, y + barHeight - 4, d.text(), "start", "chart-value"));
            }
        }
        double height = top + categories.size() * rowHeight;
        shapes.add(Shape.line(left, top - 4, left, height - gap + 4, "chart-axis", TEXT));
        return new Chart(
                id,
                "bars",
                title,
                description,
                WIDTH,
                height,
                shapes,
                legend(id, series),
                seriesTable(head, categories, series));
    }

    /**
     * A line per series over the categories in their order (e.g. months): the main series solid with round points,
     * the comparison dashed with square points; a hidden figure breaks the line.
     */
    public static Chart line(
            String id, String title, String description, String head, List<String> categories, List<Series> series) {
        check(categories, series);
        double left = 44, right = 16, top = 16, bottom = 30, plotHeight = 200;
        double plotWidth = WIDTH - left - right;
        Scale scale = Scale.upTo(largest(series), plotHeight);
        List<Shape> shapes = new ArrayList<>();
        grid(shapes, scale, left, top, plotWidth, plotHeight);
        int n = categories.size();
        double step = n > 1 ? plotWidth / (n - 1) : 0;
        double first = n > 1 ? left : left + plotWidth / 2;
        int every = Math.max(1, (int) Math.ceil(n / (plotWidth / 48)));
        for (int c = 0; c < n; c += every) {
            shapes.add(Shape.text(
                    first + c * step, top + plotHeight + 18, shorten(categories.get(c), 10), "middle", "chart-label"));
        }
        for (int s = 0; s < series.size(); s++) {
            String cls = "chart-line chart-line--" + s;
            StringBuilder points = new StringBuilder();
            List<Shape> marks = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                Datum d = series.get(s).data().get(c);
                if (!d.drawn()) {
                    flush(shapes, points, cls, s);
                    continue;
                }
                double x = first + c * step;
                double y = top + plotHeight - scale.length(d.value());
                points.append(Shape.r(x)).append(',').append(Shape.r(y)).append(' ');
                marks.add(
                        s == 0
                                ? Shape.circle(x, y, 3.5, SERIES_CLASS[0], SERIES_FILL[0])
                                : Shape.rect(
                                        x - 3,
                                        y - 3,
                                        6,
                                        6,
                                        SERIES_CLASS[s % 3] + "-mark",
                                        SERIES_FILL[s % 3 == 1 ? 2 : s % 3]));
            }
            flush(shapes, points, cls, s);
            shapes.addAll(marks);
        }
        shapes.add(Shape.line(left, top + plotHeight, left + plotWidth, top + plotHeight, "chart-axis", TEXT));
        List<Chart.Legend> legend = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            legend.add(new Chart.Legend(
                    series.get(s).name(),
                    "chart-line-key chart-line--" + s,
                    s == 0 ? SERIES_FILL[0] : SERIES_FILL[2],
                    false));
        }
        return new Chart(
                id,
                "line",
                title,
                description,
                WIDTH,
                top + plotHeight + bottom,
                shapes,
                legend,
                seriesTable(head, categories, series));
    }

    private static void flush(List<Shape> shapes, StringBuilder points, String cls, int s) {
        if (!points.isEmpty()) {
            shapes.add(Shape.polyline(points.toString().strip(), cls, s == 0 ? SERIES_FILL[0] : SERIES_FILL[2]));
            points.setLength(0);
        }
    }

    private static Shape bar(String id, int s, int count, double x, double y, double w, double h) {
        int style = count - 1 - s;
        boolean hatched = style == 1;
        return Shape.rect(
                x,
                y,
                w,
                h,
                hatched ? "chart-hatched" : SERIES_CLASS[style],
                hatched ? "url(#" + id + "-hatch)" : SERIES_FILL[style]);
    }

    private static void grid(List<Shape> shapes, Scale scale, double left, double top, double width, double height) {
        for (double tick : scale.ticks()) {
            double y = top + height - scale.length(tick);
            if (tick > 0) {
                shapes.add(Shape.line(left, y, left + width, y, "chart-grid", GRID));
            }
            shapes.add(Shape.text(left - 6, y + 4, Scale.label(tick), "end", "chart-tick", MUTED));
        }
    }
}
