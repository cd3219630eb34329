package nl.weerbaar.processes.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.weerbaar.processes.catalogue.Catalogue.Kind;
import nl.weerbaar.processes.catalogue.Catalogue.Score;
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

    private final ProcessService service;

    HeatmapController(ProcessService service) {
        this.service = service;
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
        model.addAttribute("kind", k)
                .addAttribute("kinds", List.of(Kind.values()))
                .addAttribute("rows", rows)
                .addAttribute("matrix", matrix)
                .addAttribute("total", total)
                .addAttribute("unassessed", heat.processes() - total);
        return "processes/heatmap";
    }
}
