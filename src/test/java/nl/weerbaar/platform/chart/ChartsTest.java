package nl.weerbaar.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The geometry of every chart type, and what the fragment makes of it. */
class ChartsTest {

    static final List<String> QUARTERS = List.of("K1", "K2", "K3", "K4");

    static Chart quarters() {
        return Charts.columns(
                "q",
                "Incidenten per kwartaal",
                "2026 tegen 2025",
                "Kwartaal",
                QUARTERS,
                List.of(
                        new Series("2025", List.of(Datum.of(10), Datum.of(20), Datum.hidden("<5"), Datum.of(40))),
                        new Series("2026", List.of(Datum.of(5), Datum.of(15), Datum.of(25), Datum.of(0)))));
    }

    static List<Shape> rects(Chart chart, String cls) {
        return chart.shapes().stream()
                .filter(s -> s.kind().equals("rect") && s.cls().equals(cls))
                .toList();
    }

    static List<String> texts(Chart chart) {
        return chart.shapes().stream()
                .filter(s -> s.kind().equals("text"))
                .map(Shape::text)
                .toList();
    }

    @Test
    void columnsAreAsHighAsTheirFiguresAndAHiddenFigureIsNotDrawn() {
        Chart chart = quarters();
        List<Shape> previous = rects(chart, "chart-hatched");
        List<Shape> current = rects(chart, "chart-s0");
        assertThat(previous).hasSize(3); // the hidden "<5" has no column
        assertThat(current).hasSize(4);
        // scale 0–40 over 200 units
        assertThat(previous.get(0).height()).isEqualTo(50);
        assertThat(previous.get(2).height()).isEqualTo(200);
        assertThat(current.get(1).height()).isEqualTo(75);
        assertThat(current.get(3).height()).isZero();
        // all columns stand on the same base line
        assertThat(current).allSatisfy(s -> assertThat(s.y() + s.height()).isEqualTo(222));
        // in each quarter the year before stands left of this year
        assertThat(previous.get(0).x()).isLessThan(current.get(0).x());
        assertThat(texts(chart)).contains("<5", "10", "25", "K1", "K4", "0", "40");
        assertThat(previous.get(0).fill()).isEqualTo("url(#q-hatch)");
        assertThat(chart.legend()).extracting(Chart.Legend::hatched).containsExactly(true, false);
    }

    @Test
    void theTableHoldsTheSameFiguresAsTheChart() {
        Chart.Table table = quarters().table();
        assertThat(table.columns()).containsExactly("Kwartaal", "2025", "2026");
        assertThat(table.rows()).hasSize(4);
        assertThat(table.rows().get(2).head()).isEqualTo("K3");
        assertThat(table.rows().get(2).cells()).containsExactly("<5", "25");
    }

    @Test
    void barsRunFromTheLabelColumnAsLongAsTheirFigures() {
        Chart chart = Charts.bars(
                "d",
                "Per afdeling",
                "Incidenten dit kwartaal",
                "Afdeling",
                List.of("Burgerzaken", "Een heel lange naam van een afdeling die niet past"),
                List.of(new Series("Incidenten", List.of(Datum.of(8), Datum.of(2)))));
        List<Shape> bars = rects(chart, "chart-s0");
        assertThat(bars).extracting(Shape::x).containsOnly(170.0);
        assertThat(bars.get(0).width()).isEqualTo(2 * bars.get(1).width() * 2);
        assertThat(texts(chart)).contains("Burgerzaken", "Een heel lange naam van e…");
        assertThat(chart.table().rows().get(1).head()).isEqualTo("Een heel lange naam van een afdeling die niet past");
    }

    @Test
    void aLineBreaksWhereAFigureIsHidden() {
        Chart chart = Charts.line(
                "l",
                "Voortgang",
                "Afgeronde acties",
                "Maand",
                List.of("jan", "feb", "mrt", "apr"),
                List.of(new Series("Afgerond", List.of(Datum.of(1), Datum.of(2), Datum.hidden("?"), Datum.of(4)))));
        List<Shape> lines =
                chart.shapes().stream().filter(s -> s.kind().equals("polyline")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).points().split(" ")).hasSize(2);
        assertThat(chart.shapes().stream().filter(s -> s.kind().equals("circle")))
                .hasSize(3);
        // 4 at the top of the scale 0–4, 200 units high from y = 16
        assertThat(lines.get(1).points()).endsWith(",16.0");
    }

    @Test
    void divergingBarsRunBothWaysFromTheCentreWithTheBenchmarkMarked() {
        Diverging d = new Diverging(
                "s",
                "Antwoorden",
                "Per vraag",
                "Vraag",
                List.of("Ik voel me veilig", "Te weinig antwoorden"),
                List.of("Oneens", "Neutraal", "Eens"),
                1,
                List.of(
                        List.of(Datum.of(20, "20%"), Datum.of(30, "30%"), Datum.of(50, "50%")),
                        List.of(Datum.hidden("<5"), Datum.hidden("<5"), Datum.hidden("<5"))),
                "Benchmark",
                List.of(Datum.of(60, "60%"), Datum.hidden("–")));
        Chart chart = d.build();
        Shape disagree = rects(chart, "chart-neg-0").get(0);
        Shape agree = rects(chart, "chart-pos-0").get(0);
        assertThat(disagree.x() + disagree.width()).isEqualTo(agree.x());
        assertThat(agree.width()).isEqualTo(disagree.width() * 2.5);
        Shape benchmark = chart.shapes().stream()
                .filter(s -> "chart-benchmark".equals(s.cls()))
                .findFirst()
                .orElseThrow();
        assertThat(benchmark.x()).isEqualTo(agree.x() + agree.width() * 60 / 50);
        assertThat(chart.shapes().stream().filter(s -> "chart-benchmark".equals(s.cls())))
                .hasSize(1);
        assertThat(texts(chart)).contains("<5");
        assertThat(chart.table().columns()).containsExactly("Vraag", "Oneens", "Neutraal", "Eens", "Benchmark");
        assertThat(chart.table().rows().get(0).cells()).containsExactly("20%", "30%", "50%", "60%");
        assertThat(chart.legend())
                .extracting(Chart.Legend::label)
                .containsExactly("Oneens", "Neutraal", "Eens", "Benchmark");
    }

    @Test
    void aHeatMapWritesEveryFigureInItsCellAndItsLevelInTheTable() {
        HeatMap.Cell high = new HeatMap.Cell(Datum.of(3), "heat--HIGH", "#fde3cf", "hoog");
        HeatMap.Cell low = new HeatMap.Cell(Datum.of(0), "heat--LOW", "#e7f4ea", "laag");
        Chart chart = new HeatMap(
                        "h",
                        "Risico's",
                        "Kans tegen impact",
                        "Kans",
                        List.of("Groot", "Klein"),
                        List.of("Licht", "Zwaar"),
                        List.of(List.of(low, high), List.of(low, low)))
                .build();
        assertThat(chart.shapes().stream().filter(s -> s.kind().equals("rect"))).hasSize(4);
        assertThat(texts(chart)).contains("3", "Groot", "Zwaar");
        assertThat(chart.table().rows().get(0).cells()).containsExactly("0 (laag)", "3 (hoog)");
        assertThatThrownBy(() -> new HeatMap("h", "t", "d", "k", List.of("a"), List.of("b"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everySeriesHasOneFigurePerCategory() {
        assertThatThrownBy(() ->
                        Charts.bars("x", "t", "d", "h", QUARTERS, List.of(new Series("s", List.of(Datum.of(1))))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /**
     * A chart adds at most 5 ms to its page (docs/PERFORMANCE.md): building a twelve-department chart with two
     * series and rendering it (figure, drawing, table; the test template renders the PDF variant too), warm.
     */
    @Test
    void aChartIsBuiltAndRenderedWellWithinFiveMilliseconds() {
        SpringTemplateEngine engine = engine();
        List<String> departments = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> "Afdeling " + i)
                .toList();
        java.util.function.Supplier<String> page = () -> engine.process(
                "test/chart",
                new Context(
                        Locale.forLanguageTag("nl"),
                        Map.of(
                                "c",
                                Charts.bars(
                                        "b",
                                        "Per afdeling",
                                        "Dit jaar tegen vorig jaar",
                                        "Afdeling",
                                        departments,
                                        List.of(
                                                new Series(
                                                        "2025",
                                                        departments.stream()
                                                                .map(d -> Datum.of(d.length()))
                                                                .toList()),
                                                new Series(
                                                        "2026",
                                                        departments.stream()
                                                                .map(d -> Datum.of(d.hashCode() & 63))
                                                                .toList()))))));
        for (int i = 0; i < 300; i++) {
            page.get(); // warm up
        }
        // CPU time of this thread: the build machine is shared, wall time would measure the neighbours
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int runs = 500;
        long wall = System.nanoTime();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            page.get();
        }
        double millis = (threads.getCurrentThreadCpuTime() - start) / 1e6 / runs;
        System.out.printf(
                "Chart (12 rows, 2 series, page and PDF variant) built and rendered in %.2f ms CPU (%.2f ms wall)%n",
                millis, (System.nanoTime() - wall) / 1e6 / runs);
        assertThat(millis).isLessThan(5);
    }

    @Test
    void theFragmentIsAnAccessibleFigureWithItsTableAndNoStyleAttribute() {
        SpringTemplateEngine engine = engine();
        String html = engine.process("test/chart", new Context(Locale.forLanguageTag("nl"), Map.of("c", quarters())));
        assertThat(html)
                .contains("<figure class=\"chart chart--columns\" id=\"q\">")
                .contains("role=\"img\"")
                .contains("aria-labelledby=\"q-title q-desc\"")
                .contains("<span class=\"chart__title\" id=\"q-title\">Incidenten per kwartaal</span>")
                .contains("<details class=\"chart__data\">")
                .contains("<th scope=\"row\">K3</th>")
                .contains("<td class=\"num\">&lt;5</td>")
                .contains("fill=\"url(#q-hatch)\"")
                .contains("alt=\"Incidenten per kwartaal. 2026 tegen 2025\"")
                .doesNotContain("style=");
    }

    @Test
    void aScaleWithoutANeutralAnswerSplitsWhereItsIndicatorStarts() {
        Diverging d = new Diverging(
                "f",
                "Hoe vaak",
                "Per vraag",
                "Vraag",
                List.of("Bedreigd"),
                List.of("Nooit", "Eén keer", "Vaker"),
                -1,
                1,
                List.of(List.of(Datum.of(50, "50%"), Datum.of(30, "30%"), Datum.of(20, "20%"))),
                "Benchmark",
                null);
        Chart chart = d.build();
        Shape never = rects(chart, "chart-neg-0").get(0);
        Shape once = rects(chart, "chart-pos-0").get(0);
        Shape more = rects(chart, "chart-pos-1").get(0);
        assertThat(never.x() + never.width()).isEqualTo(once.x());
        assertThat(once.x() + once.width()).isEqualTo(more.x());
        assertThat(never.width()).isEqualTo(once.width() + more.width());
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> new Diverging(
                        "x",
                        "t",
                        "d",
                        "h",
                        List.of("q"),
                        List.of("a", "b"),
                        -1,
                        2,
                        List.of(List.of(Datum.of(1), Datum.of(1))),
                        "b",
                        null));
    }
}
