package nl.weerbaar.processes.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.platform.chart.Chart;
import nl.weerbaar.platform.chart.Datum;
import nl.weerbaar.platform.chart.HeatMap;
import nl.weerbaar.processes.catalogue.Catalogue.Kind;
import nl.weerbaar.processes.catalogue.Catalogue.Score;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The heat map of all processes as a table: one row per impact level (highest first), one column per
 * likelihood, each cell with the number of processes and the risk level in words, so it reads without colour. The
 * secretary reads it too (counts only; the start page names the highest residual risks).
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN', 'SECRETARY')")
class HeatmapController {

    record Cell(int likelihood, int impact, int count, RiskMatrix.Level level) {}

    record HeatRow(int impact, List<Cell> cells) {}

    /** The fill of each level in the chart (the page's heat classes give the same colours to the table). */
    private static final Map<RiskMatrix.Level, String> FILL = Map.of(
            RiskMatrix.Level.LOW, "#e7f4ea",
            RiskMatrix.Level.MEDIUM, "#fff4d6",
            RiskMatrix.Level.HIGH, "#fde3cf",
            RiskMatrix.Level.VERY_HIGH, "#f7c6cc");

    private final ProcessService service;
    private final MessageSource messages;

    HeatmapController(ProcessService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/processes/heatmap")
    String heatmap(@RequestParam(defaultValue = "CURRENT") String kind, Model model) {
        Kind k = java.util.Arrays.stream(Kind.values())
                .filter(v -> v.name().equals(kind))
                .findFirst()
                .orElse(Kind.CURRENT);
        ProcessService.Heat heat = service.heat(k);
        RiskMatrix matrix = heat.matrix();
        Map<Score, Integer> counts = heat.counts();
        List<HeatRow> rows = new ArrayList<>();
        int total = 0;
        for (int impact : matrix.impactsDescending()) {
            List<Cell> cells = new ArrayList<>();
            for (int likelihood : matrix.likelihoods()) {
                int n = counts.getOrDefault(new Score(likelihood, impact), 0);
                total += n;
                cells.add(new Cell(likelihood, impact, n, matrix.level(likelihood, impact)));
            }
            rows.add(new HeatRow(impact, cells));
        }
        model.addAttribute("chart", chart(k, matrix, rows));
        model.addAttribute("kind", k)
                .addAttribute("kinds", List.of(Kind.values()))
                .addAttribute("rows", rows)
                .addAttribute("matrix", matrix)
                .addAttribute("total", total)
                .addAttribute("unassessed", heat.processes() - total);
        return "processes/heatmap";
    }

    /** The same counts as a heat map chart: impact from high to low, likelihood from low to high. */
    private Chart chart(Kind kind, RiskMatrix matrix, List<HeatRow> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        java.util.function.BiFunction<String, Object[], String> text =
                (key, args) -> messages.getMessage(key, args, locale);
        String kindName = text.apply("processes.kind." + kind, null);
        return new HeatMap(
                        "chart-risk",
                        text.apply("processes.heatmap.chart.title", new Object[] {kindName}),
                        text.apply("processes.heatmap.chart.description", null),
                        text.apply("processes.heatmap.chart.impact", null),
                        rows.stream()
                                .map(r -> text.apply("processes.heatmap.impact", new Object[] {r.impact()}))
                                .toList(),
                        matrix.likelihoods().stream()
                                .map(l -> text.apply("processes.heatmap.likelihood", new Object[] {l}))
                                .toList(),
                        rows.stream()
                                .map(r -> r.cells().stream()
                                        .map(c -> new HeatMap.Cell(
                                                Datum.of(c.count()),
                                                "heat--" + c.level(),
                                                FILL.get(c.level()),
                                                text.apply("processes.level." + c.level(), null)))
                                        .toList())
                                .toList())
                .build();
    }
}
