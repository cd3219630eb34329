package nl.weerbaar.surveys.internal;

import java.util.Locale;
import java.util.UUID;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.Role;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Results of a closed survey (coordinator and secretary), the PDF report, free text (coordinator only) and
 * turning a result into an action. Results exist only after closing: figures that change with each answer would
 * let one answer be read from the difference.
 */
@Controller
@RequestMapping("/surveys/{id}")
@PreAuthorize("hasAnyRole('COORDINATOR', 'SECRETARY')")
class ResultsController {

    private final ResultsService results;
    private final AnswerCharts charts;
    private final MessageSource messages;

    ResultsController(ResultsService results, AnswerCharts charts, MessageSource messages) {
        this.results = results;
        this.charts = charts;
        this.messages = messages;
    }

    @GetMapping("/results")
    String results(
            @PathVariable UUID id, @RequestParam(required = false) String department, Locale locale, Model model) {
        boolean coordinator = CurrentUser.require().has(Role.COORDINATOR);
        ResultsService.Page page = results.page(id, department, coordinator);
        Results r = page.results();
        String group = r.groups().stream()
                .filter(g -> g.key().equals(r.selected()))
                .findFirst()
                .map(g -> g.label() != null ? g.label() : messages.getMessage("surveys.results.other", null, locale))
                .orElseGet(() -> messages.getMessage("surveys.results.all", null, locale));
        model.addAttribute("r", r);
        model.addAttribute("charts", charts.of(r, group, locale));
        model.addAttribute(
                "drawn",
                r.rows().stream()
                        .map(Results.Row::question)
                        .filter(AnswerCharts::drawn)
                        .map(Question::code)
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("comments", page.comments());
        return "surveys/results";
    }

    @GetMapping("/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable UUID id, Locale locale) {
        ResultsService.Report report = results.report(id, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("enquete-" + report.survey().closesOn() + ".pdf")
                                .build()
                                .toString())
                .body(report.pdf());
    }

    /** Creates an action in the action plan from the result of one question and opens it. */
    @PostMapping("/actions")
    @PreAuthorize("hasRole('COORDINATOR')")
    String action(@PathVariable UUID id, @RequestParam(defaultValue = "") String question, Locale locale) {
        return "redirect:/actions/" + results.createAction(id, question, locale);
    }
}
