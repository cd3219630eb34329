package nl.weerbaar.incidents.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.incidents.core.Codes;
import nl.weerbaar.incidents.core.FollowUpService;
import nl.weerbaar.incidents.core.IncidentCase;
import nl.weerbaar.incidents.core.IncidentQueries;
import nl.weerbaar.incidents.core.IncidentSettings;
import nl.weerbaar.incidents.core.StepType;
import nl.weerbaar.incidents.core.Viewer;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.CaseRead;
import nl.weerbaar.platform.Confirmation;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.TenantContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The handlers' side: the case with its checklist, closing and stacking (the list is {@link IncidentListController}). Who sees what follows {@link Viewer}; others get 404.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER', 'COORDINATOR', 'CONFIDANT', 'SECRETARY', 'LEGAL')")
class CaseController {

    private final IncidentQueries queries;
    private final nl.weerbaar.incidents.core.Attachments attachments;
    private final FollowUpService followUp;
    private final Organisation organisation;
    private final IncidentSettings settings;

    private final Pdfs pdfs;
    private final org.springframework.context.MessageSource messages;
    private final AuditLog audit;
    private final Municipalities municipalities;
    private final java.time.Clock clock;

    /** The work filters the start page links to ({@code nl.weerbaar.incidents.core.WorkCounts}). */
    CaseController(
            IncidentQueries queries,
            nl.weerbaar.incidents.core.Attachments attachments,
            FollowUpService followUp,
            Organisation organisation,
            IncidentSettings settings,
            Pdfs pdfs,
            AuditLog audit,
            Municipalities municipalities,
            org.springframework.context.MessageSource messages,
            java.time.Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.pdfs = pdfs;
        this.audit = audit;
        this.municipalities = municipalities;
        this.queries = queries;
        this.attachments = attachments;
        this.followUp = followUp;
        this.organisation = organisation;
        this.settings = settings;
    }

    @GetMapping("/incidents/{id}")
    @CaseRead("incident")
    String detail(@PathVariable UUID id, Model model) {
        return detailPage(id, model, new FieldErrors(), null);
    }

    /** A case by its number (links in mails, a number read out on the phone): to the case page. */
    @GetMapping("/incidents/number/{number}")
    String byNumber(@PathVariable String number) {
        return queries.byNumber(number, viewer())
                .map(id -> "redirect:/incidents/" + id)
                .orElseThrow(() -> new NotFoundException("incident", number));
    }

    @PostMapping("/incidents/{id}/steps/{step}")
    String updateStep(
            @PathVariable UUID id,
            @PathVariable String step,
            // optional so that the role check comes before the form's own checks (a missing status is refused there)
            @RequestParam(defaultValue = "") String status,
            @RequestParam(required = false) List<String> outcome,
            @RequestParam(required = false) String notes,
            @RequestParam(required = false) String otherSide,
            @RequestParam(required = false) String amount,
            Model model) {
        StepType type = StepType.of(step);
        if (type == null) {
            throw new NotFoundException("step", step);
        }
        try {
            followUp.updateStep(
                    id,
                    type,
                    new IncidentCase.StepChange(
                            status, outcome == null ? new ArrayList<>() : outcome, notes, otherSide, amount),
                    viewer());
        } catch (InvalidInputException e) {
            return detailPage(id, model, e.errors(), step);
        }
        return "redirect:/incidents/" + id + "?saved#step-" + step;
    }

    /**
     * Closing cannot be undone: unconfirmed, a case that may close gets the confirmation step (one that may not gets
     * the reason); confirmed, it closes.
     */
    @PostMapping("/incidents/{id}/close")
    String close(
            @PathVariable UUID id,
            @RequestParam(name = Confirmation.PARAMETER, defaultValue = "false") boolean confirmed,
            Model model) {
        try {
            if (!confirmed) {
                return followUp.closing(id, viewer())
                        .map(closing -> Confirmation.of(
                                        "incidents.case.confirm.title", DutchTime.date(closing.registeredAt()))
                                .consequence("incidents.case.confirm.fixed")
                                .consequence("incidents.case.confirm.reporter")
                                .consequence("incidents.case.confirm.analyses")
                                .consequence("incidents.case.confirm.retention", closing.retentionYears())
                                .button("incidents.case.confirm.button")
                                .back("/incidents/" + id)
                                .show(model))
                        .orElse("redirect:/incidents/" + id);
            }
            followUp.close(id, viewer());
        } catch (InvalidInputException e) {
            return detailPage(id, model, e.errors(), null);
        }
        return "redirect:/incidents/" + id + "?closed";
    }

    @PostMapping("/incidents/{id}/links")
    String link(@PathVariable UUID id, @RequestParam(defaultValue = "") String linked, Model model) {
        UUID other;
        try {
            other = UUID.fromString(linked.strip());
        } catch (IllegalArgumentException e) {
            return detailPage(id, model, FieldErrors.of("linked", "incidents.error.invalid"), null);
        }
        try {
            followUp.link(id, other, viewer());
        } catch (NotFoundException e) {
            return detailPage(id, model, FieldErrors.of("linked", "incidents.error.link.unknown"), null);
        } catch (InvalidInputException e) {
            return detailPage(id, model, e.errors(), null);
        }
        return "redirect:/incidents/" + id + "#stack";
    }

    /** The police-report dossier: every incident of the stack this viewer handles, as a PDF download. */
    @GetMapping("/incidents/{id}/dossier.pdf")
    @CaseRead("incident")
    org.springframework.http.ResponseEntity<byte[]> dossier(@PathVariable UUID id, java.util.Locale locale) {
        Viewer v = viewer();
        if (queries.access(id, v)
                .filter(a -> a == IncidentQueries.Access.HANDLER)
                .isEmpty()) {
            throw new NotFoundException("incident", id);
        }
        List<IncidentQueries.Detail> details = new ArrayList<>();
        List<List<IncidentQueries.Step>> steps = new ArrayList<>();
        for (IncidentQueries.Row r : queries.stack(id, v)) {
            queries.load(r.id()).ifPresent(d -> {
                details.add(d);
                steps.add(queries.steps(d.id()));
                audit.record(AuditLog.Action.EXPORT, "incident", d.id(), "dossier-pdf");
            });
        }
        String name = municipalities
                .byId(TenantContext.require())
                .map(Municipalities.Municipality::name)
                .orElse("");
        return Downloads.pdf(pdfs.dossier(name, details, steps, locale), "dossier-" + id + ".pdf");
    }

    private String detailPage(UUID id, Model model, FieldErrors errors, String errorStep) {
        Viewer v = viewer();
        IncidentQueries.Access access = queries.access(id, v).orElseThrow(() -> new NotFoundException("incident", id));
        if (access == IncidentQueries.Access.REPORTER) {
            return "redirect:/incidents/mine/" + id;
        }
        model.addAttribute(
                "incident", queries.detail(id, v, access == IncidentQueries.Access.HANDLER ? "case" : "overview"));
        model.addAttribute("handler", access == IncidentQueries.Access.HANDLER);
        model.addAttribute("steps", queries.steps(id));
        model.addAttribute("errors", errors);
        model.addAttribute("errorStep", errorStep);
        if (access == IncidentQueries.Access.HANDLER) {
            model.addAttribute("additions", queries.additions(id));
            model.addAttribute("attachments", attachments.list(id));
            model.addAttribute("stack", queries.stack(id, v));
            String schema = settings.current().responseSchema();
            model.addAttribute(
                    "responseSchema",
                    schema != null
                            ? schema
                            : messages.getMessage(
                                    "incidents.norm.default.schema", null, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("statuses", Codes.STEP_STATUSES);
        Map<String, List<String>> outcomes = new java.util.HashMap<>();
        Codes.STEPS.forEach(step -> outcomes.put(step, Codes.outcomes(step)));
        model.addAttribute("outcomes", outcomes);
        return "incidents/case";
    }

    private Viewer viewer() {
        return Viewer.of(CurrentUser.require(), organisation);
    }
}
