package nl.weerbaar.incidents.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.incidents.core.CaseHistory;
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
    private final nl.weerbaar.incidents.core.IncidentSearch search;
    private final nl.weerbaar.incidents.core.Attachments attachments;
    private final FollowUpService followUp;
    private final Organisation organisation;
    private final IncidentSettings settings;

    private final Pdfs pdfs;
    private final org.springframework.context.MessageSource messages;
    private final AuditLog audit;
    private final Municipalities municipalities;
    private final java.time.Clock clock;
    private final nl.weerbaar.registries.AddressChoices addresses;

    /** The work filters the start page links to ({@code nl.weerbaar.incidents.core.WorkCounts}). */
    CaseController(
            IncidentQueries queries,
            nl.weerbaar.incidents.core.IncidentSearch search,
            nl.weerbaar.incidents.core.Attachments attachments,
            FollowUpService followUp,
            Organisation organisation,
            IncidentSettings settings,
            Pdfs pdfs,
            AuditLog audit,
            Municipalities municipalities,
            org.springframework.context.MessageSource messages,
            java.time.Clock clock,
            nl.weerbaar.registries.AddressChoices addresses) {
        this.clock = clock;
        this.addresses = addresses;
        this.messages = messages;
        this.pdfs = pdfs;
        this.audit = audit;
        this.municipalities = municipalities;
        this.queries = queries;
        this.search = search;
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
            @RequestParam(required = false) String reportedOn,
            @RequestParam(required = false) String policeUnit,
            @RequestParam(required = false) String pvNumber,
            @RequestParam(required = false) String guidedBy,
            @RequestParam(required = false) String noReportReason,
            Model model) {
        StepType type = StepType.of(step);
        if (type == null) {
            throw new NotFoundException("step", step);
        }
        IncidentCase.PoliceReport police = null;
        if (type == StepType.POLICE_REPORT) {
            java.time.LocalDate on = null;
            if (reportedOn != null && !reportedOn.isBlank()) {
                on = nl.weerbaar.platform.DateInput.parse(reportedOn).orElse(null);
                if (on == null) {
                    return detailPage(id, model, FieldErrors.of("reportedOn", "incidents.error.police.date"), step);
                }
            }
            police = new IncidentCase.PoliceReport(on, policeUnit, pvNumber, guidedBy, noReportReason);
        }
        try {
            followUp.updateStep(
                    id,
                    type,
                    new IncidentCase.StepChange(
                            status, outcome == null ? new ArrayList<>() : outcome, notes, otherSide, amount, police),
                    viewer());
        } catch (InvalidInputException e) {
            return detailPage(id, model, e.errors(), step);
        }
        // Back to the step, with the confirmation inside it (with htmx only the step is swapped: hx-select).
        return "redirect:/incidents/" + id + "?saved=" + type.name() + "#step-" + type.name();
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

    /** Stacks another case onto this one, named by its case number as people type it (or, from older links, its id). */
    @PostMapping("/incidents/{id}/links")
    String link(@PathVariable UUID id, @RequestParam(defaultValue = "") String linked, Model model) {
        Viewer v = viewer();
        String typed = linked.strip();
        java.util.Optional<UUID> other = queries.byNumber(typed, v);
        if (other.isEmpty()) {
            try {
                other = java.util.Optional.of(UUID.fromString(typed));
            } catch (IllegalArgumentException e) {
                String key = typed.matches("(?i)([a-z]{2,5}-)?\\d{4}-\\d{1,9}")
                        ? "incidents.error.link.unknown"
                        : "incidents.error.link.number";
                return detailPage(id, model, FieldErrors.of("linked", key), null);
            }
        }
        try {
            followUp.link(id, other.get(), v);
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
        List<IncidentCase.PoliceReport> police = new ArrayList<>();
        for (IncidentQueries.Row r : queries.stack(id, v)) {
            queries.load(r.id()).ifPresent(d -> {
                details.add(d);
                steps.add(queries.steps(d.id()));
                police.add(queries.policeReport(d.id()).orElse(IncidentCase.PoliceReport.NONE));
                followUp.recordExport(d.id(), "dossier-pdf", v);
            });
        }
        String name = municipalities
                .byId(TenantContext.require())
                .map(Municipalities.Municipality::name)
                .orElse("");
        return Downloads.pdf(pdfs.dossier(name, details, steps, police, locale), "dossier-" + id + ".pdf");
    }

    private String detailPage(UUID id, Model model, FieldErrors errors, String errorStep) {
        Viewer v = viewer();
        IncidentQueries.Access access = queries.access(id, v).orElseThrow(() -> new NotFoundException("incident", id));
        if (access == IncidentQueries.Access.REPORTER) {
            return "redirect:/incidents/mine/" + id;
        }
        IncidentQueries.Detail incident =
                queries.detail(id, v, access == IncidentQueries.Access.HANDLER ? "case" : "overview");
        model.addAttribute("incident", incident);
        // The structured address as the BAG reads it now; its id alone when the BAG is no longer loaded.
        model.addAttribute(
                "addressText",
                incident.addressBagId() == null
                        ? null
                        : addresses
                                .chosen(incident.addressBagId())
                                .map(nl.weerbaar.registries.AddressChoices.Choice::text)
                                .orElse(incident.addressBagId()));
        model.addAttribute("handler", access == IncidentQueries.Access.HANDLER);
        List<IncidentQueries.Step> steps = queries.steps(id);
        java.time.Instant now = clock.instant();
        model.addAttribute("steps", steps);
        model.addAttribute(
                "overdueSteps", steps.stream().filter(s -> s.overdue(now)).toList());
        model.addAttribute(
                "nextStep",
                steps.stream()
                        .filter(s -> !s.resolved())
                        .min(java.util.Comparator.comparing(
                                IncidentQueries.Step::dueAt,
                                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                        .orElse(null));
        model.addAttribute(
                "workable",
                followUp.workable(id, v).stream().map(StepType::name).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("htmx", true);
        model.addAttribute("police", queries.policeReport(id).orElse(IncidentCase.PoliceReport.NONE));
        model.addAttribute("errors", errors);
        model.addAttribute("errorStep", errorStep);
        if (access == IncidentQueries.Access.HANDLER) {
            model.addAttribute("additions", queries.additions(id));
            model.addAttribute("attachments", attachments.list(id));
            List<IncidentQueries.Row> stack = queries.stack(id, v);
            model.addAttribute("stack", stack);
            java.util.Set<UUID> stacked = new java.util.HashSet<>();
            stack.forEach(r -> stacked.add(r.id()));
            model.addAttribute(
                    "stackSuggestions",
                    search.stackSuggestions(v, id).stream()
                            .filter(h -> !stacked.contains(h.id()))
                            .toList());
            model.addAttribute("history", historyLines(queries.history(id)));
            String schema = settings.current().responseSchema();
            model.addAttribute(
                    "responseSchema",
                    schema != null
                            ? schema
                            : messages.getMessage(
                                    "incidents.norm.default.schema", null, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("statuses", Codes.STEP_STATUSES);
        Map<String, StepType> stepTypes = new java.util.HashMap<>();
        for (StepType t : StepType.values()) {
            stepTypes.put(t.name(), t);
        }
        model.addAttribute("stepTypes", stepTypes);
        return "incidents/case";
    }

    /** A line of the case's history as people read it. */
    record HistoryLine(java.time.Instant at, String text) {}

    private List<HistoryLine> historyLines(List<CaseHistory.Entry> entries) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        List<HistoryLine> lines = new ArrayList<>();
        for (CaseHistory.Entry e : entries) {
            String actor = e.actorName() != null
                    ? e.actorName()
                    : messages.getMessage("incidents.history.system", null, locale);
            String detail = e.detail() == null ? "" : e.detail();
            if (StepType.of(detail) != null) {
                detail = messages.getMessage("incidents.step." + detail, null, detail, locale);
            } else if (Codes.CHANNELS.contains(detail)) {
                detail = messages.getMessage("incidents.channel." + detail, null, detail, locale);
            } else if (detail.startsWith("new:")) {
                detail = messages.getMessage(
                        "incidents.history.detail.new", new Object[] {detail.substring(4)}, detail, locale);
            } else if (!detail.isEmpty()) {
                detail = messages.getMessage("incidents.history.detail." + detail, null, detail, locale);
            }
            lines.add(new HistoryLine(
                    e.at(),
                    messages.getMessage("incidents.history." + e.kind().name(), new Object[] {actor, detail}, locale)));
        }
        return lines;
    }

    private Viewer viewer() {
        return Viewer.of(CurrentUser.require(), organisation);
    }
}
