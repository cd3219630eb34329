package nl.weerbaar.platform.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Diverging stacked bars for answers on a scale (e.g. "helemaal oneens" … "helemaal eens"), one row per question:
 * the answers below the middle run left of the centre line, those above it right, the middle answer (if any) sits
 * apart on the right so that both sides start at the centre; a benchmark's share of the answers above the middle is
 * a black mark on the row. Shares are percentages; a row whose shares are hidden (too few answers) shows its text.
 *
 * @param levels the answers in scale order; {@code middle} the index of the neutral one, or -1 when there is none
 * @param split without a neutral answer, the index of the first answer right of the centre (e.g. 1 for "nooit" against
 *     "once or more"); with one, {@code middle + 1}
 * @param shares per question, one share per level (in level order)
 * @param benchmark per question the benchmark's share above the middle (a hidden datum when unknown), or null
 */
public record Diverging(
        String id,
        String title,
        String description,
        String head,
        List<String> questions,
        List<String> levels,
        int middle,
        int split,
        List<List<Datum>> shares,
        String benchmarkName,
        List<Datum> benchmark) {

    static final String[] NEGATIVE = {"#f0b27a", "#d9782f", "#a84d00"};
    static final String[] POSITIVE = {"#c5d8f1", "#5b8fd0", "#154273"};
    static final String NEUTRAL = "#d5dae1";

    /** Answers on a scale split in the middle: around the neutral answer, or halfway when there is none. */
    public Diverging(
            String id,
            String title,
            String description,
            String head,
            List<String> questions,
            List<String> levels,
            int middle,
            List<List<Datum>> shares,
            String benchmarkName,
            List<Datum> benchmark) {
        this(
                id,
                title,
                description,
                head,
                questions,
                levels,
                middle,
                middle >= 0 ? middle + 1 : levels.size() / 2,
                shares,
                benchmarkName,
                benchmark);
    }

    public Diverging {
        if (middle >= 0 ? split != middle + 1 : split < 1 || split >= levels.size()) {
            throw new IllegalArgumentException("answers on both sides of the centre, the neutral one just left of it");
        }
        if (shares.size() != questions.size() || (benchmark != null && benchmark.size() != questions.size())) {
            throw new IllegalArgumentException("one row of shares (and one benchmark figure) per question");
        }
        shares.forEach(row -> {
            if (row.size() != levels.size()) {
                throw new IllegalArgumentException("one share per level");
            }
        });
    }

    private int negativeCount() {
        return middle >= 0 ? middle : split;
    }

    private int positiveFrom() {
        return split;
    }

    /** The class and colour of a level: darker the further from the middle. */
    String[] style(int level) {
        int negatives = negativeCount();
        if (level == middle) {
            return new String[] {"chart-neutral", NEUTRAL};
        }
        if (level < negatives) {
            int distance = Math.min(2, negatives - 1 - level);
            return new String[] {"chart-neg-" + distance, NEGATIVE[distance]};
        }
        int distance = Math.min(2, level - positiveFrom());
        return new String[] {"chart-pos-" + distance, POSITIVE[distance]};
    }

    public Chart build() {
        double left = 170, top = 8, barHeight = 20, gap = 10, neutralWidth = middle >= 0 ? 64 : 0;
        double plotWidth = Charts.WIDTH - left - 8 - neutralWidth - (middle >= 0 ? 12 : 0);
        double centre = left + plotWidth / 2;
        double side = 0;
        for (List<Datum> row : shares) {
            side = Math.max(side, sum(row, 0, negativeCount()));
            side = Math.max(side, sum(row, positiveFrom(), levels.size()));
        }
        if (benchmark != null) {
            for (Datum b : benchmark) {
                side = Math.max(side, b.drawn() ? b.value() : 0);
            }
        }
        Scale scale = Scale.upTo(Math.min(100, Math.max(side, 10)), plotWidth / 2);
        double neutralLeft = left + plotWidth + 12;
        List<Shape> shapes = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            List<Datum> row = shares.get(q);
            double y = top + q * (barHeight + gap);
            shapes.add(Shape.text(
                    left - 8, y + barHeight / 2 + 4, Charts.shorten(questions.get(q), 26), "end", "chart-label"));
            if (row.stream().noneMatch(Datum::drawn)) {
                shapes.add(Shape.text(centre, y + barHeight / 2 + 4, row.get(0).text(), "middle", "chart-value"));
                continue;
            }
            double x = centre;
            for (int l = negativeCount() - 1; l >= 0; l--) { // outward from the centre
                double w = row.get(l).drawn() ? scale.length(row.get(l).value()) : 0;
                x -= w;
                segment(shapes, l, x, y, w, barHeight, row.get(l));
            }
            x = centre;
            for (int l = positiveFrom(); l < levels.size(); l++) {
                double w = row.get(l).drawn() ? scale.length(row.get(l).value()) : 0;
                segment(shapes, l, x, y, w, barHeight, row.get(l));
                x += w;
            }
            if (middle >= 0 && row.get(middle).drawn()) {
                double w = row.get(middle).value() / 100 * neutralWidth;
                segment(shapes, middle, neutralLeft, y, w, barHeight, row.get(middle));
                if (w < 28) {
                    shapes.add(Shape.text(
                            neutralLeft + w + 2,
                            y + barHeight / 2 + 4,
                            row.get(middle).text(),
                            "start",
                            "chart-value chart-value--small"));
                }
            }
            if (benchmark != null && benchmark.get(q).drawn()) {
                double bx = centre + scale.length(benchmark.get(q).value());
                shapes.add(Shape.line(bx, y - 3, bx, y + barHeight + 3, "chart-benchmark", Charts.TEXT));
            }
        }
        double height = top + questions.size() * (barHeight + gap);
        shapes.add(Shape.line(centre, top - 4, centre, height - gap + 4, "chart-axis", Charts.TEXT));
        return new Chart(id, "diverging", title, description, Charts.WIDTH, height, shapes, legend(), table());
    }

    private void segment(List<Shape> shapes, int level, double x, double y, double w, double h, Datum d) {
        if (w <= 0) {
            return;
        }
        String[] style = style(level);
        shapes.add(Shape.rect(x, y, w, h, style[0], style[1]));
        if (w >= 28) {
            boolean dark = style[1].equals(NEGATIVE[2]) || style[1].equals(POSITIVE[2]) || style[1].equals(POSITIVE[1]);
            shapes.add(Shape.text(
                    x + w / 2,
                    y + h / 2 + 4,
                    d.text(),
                    "middle",
                    dark ? "chart-value chart-value--on-dark" : "chart-value",
                    dark ? "#ffffff" : Charts.TEXT));
        }
    }

    private static double sum(List<Datum> row, int from, int to) {
        double total = 0;
        for (int i = from; i < to; i++) {
            total += row.get(i).drawn() ? row.get(i).value() : 0;
        }
        return total;
    }

    private List<Chart.Legend> legend() {
        List<Chart.Legend> legend = new ArrayList<>();
        for (int l = 0; l < levels.size(); l++) {
            String[] style = style(l);
            legend.add(new Chart.Legend(levels.get(l), style[0], style[1], false));
        }
        if (benchmark != null) {
            legend.add(new Chart.Legend(benchmarkName, "chart-benchmark-key", Charts.TEXT, false));
        }
        return legend;
    }

    private Chart.Table table() {
        List<String> columns = new ArrayList<>();
        columns.add(head);
        columns.addAll(levels);
        if (benchmark != null) {
            columns.add(benchmarkName);
        }
        List<Chart.Table.Row> rows = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            List<String> cells =
                    new ArrayList<>(shares.get(q).stream().map(Datum::text).toList());
            if (benchmark != null) {
                cells.add(benchmark.get(q).text());
            }
            rows.add(new Chart.Table.Row(questions.get(q), cells));
        }
        return new Chart.Table(columns, rows);
    }
}
