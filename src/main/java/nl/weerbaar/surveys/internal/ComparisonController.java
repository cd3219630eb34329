package nl.weerbaar.surveys.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The comparison of a closed survey with other municipalities: the pooled average of all others that take part,
 * and side by side each one that agreed to be named. As a page and as JSON; aggregates only, never free text.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'SECRETARY')")
class ComparisonController {

    /** A share in whole percent with its interval; null fields mean hidden. */
    record Figure(Integer percent, Integer low, Integer high) {
        static Figure of(Share s) {
            return s == null ? new Figure(null, null, null) : new Figure(s.percent(), s.lowPercent(), s.highPercent());
        }
    }

    /** One question of the JSON comparison; {@code named} maps each name to its figure. */
    record QuestionFigures(String code, String text, Figure own, Figure others, Map<String, Figure> named) {}

    /** The JSON comparison. */
    record ComparisonView(UUID survey, long otherMunicipalities, List<String> named, List<QuestionFigures> questions) {}

    private final ResultsService results;

    ComparisonController(ResultsService results) {
        this.results = results;
    }

    @GetMapping("/surveys/{id}/comparison")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("c", results.comparison(id));
        model.addAttribute("coordinator", CurrentUser.require().has(Role.COORDINATOR));
        return "surveys/comparison";
    }

    @GetMapping(path = "/api/v1/surveys/{id}/comparison", produces = "application/json")
    @Operation(summary = "Uitkomsten van een enquête naast die van gemeenten die delen bij naam")
    @Tag(name = "Enquêtes", description = "Uitkomsten van enquêtes van de eigen gemeente")
    @ResponseBody
    ComparisonView api(@PathVariable UUID id) {
        Comparison c = results.comparison(id);
        List<QuestionFigures> questions = c.lines().stream()
                .map(line -> {
                    Map<String, Figure> figures = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < c.names().size(); i++) {
                        figures.put(c.names().get(i), Figure.of(line.named(i)));
                    }
                    return new QuestionFigures(
                            line.question().code(),
                            line.question().text(),
                            Figure.of(line.own()),
                            Figure.of(line.others()),
                            figures);
                })
                .toList();
        return new ComparisonView(id, c.benchmarkMunicipalities(), c.names(), c.enough() ? questions : List.of());
    }
}
