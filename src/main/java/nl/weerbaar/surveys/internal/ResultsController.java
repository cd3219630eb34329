package nl.weerbaar.surveys.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final ReportPdf pdf;
    private final MessageSource messages;
    private final ObjectProvider<ActionPlans> actionPlans;

    ResultsController(
            ResultsService results,
            AuditLog audit,
            JdbcClient jdbc,
            ReportPdf pdf,
            MessageSource messages,
            ObjectProvider<ActionPlans> actionPlans) {
        this.results = results;
        this.audit = audit;
        this.jdbc = jdbc;
        this.pdf = pdf;
        this.messages = messages;
        this.actionPlans = actionPlans;
    }

    @GetMapping("/results")
    @Transactional
    String results(@PathVariable UUID id, @RequestParam(required = false) String department, Model model) {
        Survey survey = closed(id);
        Results r = results.results(survey, department);
        audit.read("survey-results", id, "survey results");
        boolean coordinator = CurrentUser.require().has(Role.COORDINATOR);
        model.addAttribute("r", r);
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("comments", coordinator && r.enough() ? comments(id) : List.of());
        if (coordinator && r.enough()) {
            audit.read("survey-comments", id, "free text of survey");
        }
        return "surveys/results";
    }

    @GetMapping("/report.pdf")
    @Transactional
    ResponseEntity<byte[]> report(@PathVariable UUID id, Locale locale) {
        Survey survey = closed(id);
        byte[] body = pdf.render(results.results(survey, null), locale);
        audit.record(AuditLog.Action.EXPORT, "survey-results", id, "PDF report");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("enquete-" + survey.closesOn() + ".pdf")
                                .build()
                                .toString())
                .body(body);
    }

    /** Creates an action in the action plan from the result of one question and opens it. */
    @PostMapping("/actions")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    String action(@PathVariable UUID id, @RequestParam String question, Locale locale) {
        Survey survey = closed(id);
        Results.Row row = results.results(survey, null).rows().stream()
                .filter(x -> x.question().code().equals(question) && x.total() != null)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("survey question", question));
        ActionPlans plans = actionPlans.getIfAvailable();
        if (plans == null) {
            throw new NotFoundException("action plan", id);
        }
        String title = messages.getMessage("surveys.action.title", new Object[] {survey.title()}, locale);
        String description = messages.getMessage(
                "surveys.action.description",
                new Object[] {
                    row.question().text(),
                    row.total().percent(),
                    row.total().lowPercent(),
                    row.total().highPercent(),
                    row.total().n()
                },
                locale);
        UUID action = plans.create(new ActionPlans.NewAction(
                title.length() > 200 ? title.substring(0, 200) : title,
                description,
                "surveys",
                id + "#" + question,
                null,
                null,
                ActionPlans.Priority.MEDIUM));
        return "redirect:/actions/" + action;
    }

    private Survey closed(UUID id) {
        return results.closed(id);
    }

    private List<String[]> comments(UUID id) {
        return jdbc.sql("SELECT question_code, body FROM survey_comment WHERE survey_id = ? ORDER BY id")
                .param(id)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }
}
