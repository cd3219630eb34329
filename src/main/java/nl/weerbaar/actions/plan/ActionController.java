package nl.weerbaar.actions.plan;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.weerbaar.actions.ActionPlans.ActionSummary;
import nl.weerbaar.actions.ActionPlans.Priority;
import nl.weerbaar.platform.ContentSniffer;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DateInput;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.platform.chart.Chart;
import nl.weerbaar.platform.chart.Charts;
import nl.weerbaar.platform.chart.Datum;
import nl.weerbaar.platform.chart.Series;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Action pages: one action with its notes and evidence, "my actions", and the municipality's overview (by status,
 * grouped by theme or source) where coordinators and secretaries add actions by hand.
 */
@Controller
@PreAuthorize("hasAnyRole('EMPLOYEE', 'MANAGER', 'CONFIDANT', 'COORDINATOR', 'SECRETARY', 'LEGAL', 'ADMIN')")
class ActionController {

    static final int MAX_TEXT = 4000;
    /** Largest evidence file. */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private static final Map<String, Consumer<Action>> TRANSITIONS = Map.of(
            "start", Action::start, "complete", Action::complete, "cancel", Action::cancel, "reopen", Action::reopen);
    private static final Set<String> STATUSES = Set.of("OPEN", "IN_PROGRESS", "DONE", "CANCELLED");
    private static final Set<String> GROUPINGS = Set.of("theme", "source");

    private final ActionService service;
    private final ThemeService themes;
    private final ActionPeople people;
    private final Clock clock;
    private final MessageSource messages;

    ActionController(
            ActionService service, ThemeService themes, ActionPeople people, Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
        this.service = service;
        this.themes = themes;
        this.people = people;
    }

    /** The municipality's plan, optionally of one status and grouped by theme or source, with the "new action" form. */
    @GetMapping("/actions")
    String overview(
            @RequestParam(required = false) String status, @RequestParam(required = false) String group, Model model) {
        if (!ActionService.isCoordinator(CurrentUser.require())) {
            return "redirect:/actions/mine";
        }
        return overviewPage(status, group, ActionService.ManualAction.EMPTY, new FieldErrors(), model);
    }

    /** Adds an action by hand; on refused input the plan is shown again with the form and its errors. */
    @PostMapping("/actions/new")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SECRETARY')")
    String create(
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String themeId,
            @RequestParam(required = false) String ownerId,
            @RequestParam(required = false) String dueDate,
            @RequestParam(required = false) String priority,
            Model model) {
        var input = new ActionService.ManualAction(title, description, themeId, ownerId, dueDate, priority);
        try {
            return "redirect:/actions/" + service.createManual(input, CurrentUser.require()) + "?created";
        } catch (InvalidInputException e) {
            return overviewPage(null, null, input, e.errors(), model);
        }
    }

    @GetMapping("/actions/mine")
    String mine(Model model) {
        model.addAttribute("actions", service.mine(CurrentUser.require()));
        model.addAttribute("today", DutchTime.today(clock));
        model.addAttribute("manageThemes", ThemeService.isManager(CurrentUser.require()));
        return "actions/mine";
    }

    @GetMapping("/actions/{id}")
    String show(@PathVariable UUID id, Model model) {
        return page(id, model, new FieldErrors());
    }

    @PostMapping("/actions/{id}/{transition:start|complete|cancel|reopen}")
    String transition(@PathVariable UUID id, @PathVariable String transition) {
        service.transition(id, CurrentUser.require(), transition, TRANSITIONS.get(transition));
        return "redirect:/actions/" + id + "?saved";
    }

    @PostMapping("/actions/{id}/plan")
    String replan(
            @PathVariable UUID id,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String dueDate,
            @RequestParam(required = false) String priority,
            @RequestParam(required = false) String theme,
            Model model) {
        UserIdentity me = CurrentUser.require();
        FieldErrors errors = new FieldErrors();
        LocalDate due = null;
        if (dueDate != null && !dueDate.isBlank()) {
            due = DateInput.parse(dueDate).orElse(null);
            if (due == null) {
                errors.reject("dueDate", "actions.error.date");
            }
        }
        Priority p = null;
        try {
            p = Priority.valueOf(priority);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.reject("priority", "actions.error.priority");
        }
        UUID ownerId = null;
        try {
            ownerId = owner == null || owner.isBlank() ? null : UUID.fromString(owner);
        } catch (IllegalArgumentException e) {
            errors.reject("owner", "actions.error.owner");
        }
        UUID themeId = null;
        try {
            themeId = theme == null || theme.isBlank() ? null : UUID.fromString(theme);
        } catch (IllegalArgumentException e) {
            errors.reject("theme", "actions.error.theme");
        }
        if (!errors.isEmpty()) {
            return page(id, model, errors);
        }
        try {
            service.replan(id, me, ActionService.isCoordinator(me) ? ownerId : me.userId(), due, p, themeId);
        } catch (InvalidInputException e) {
            return page(id, model, e.errors());
        } catch (IllegalArgumentException e) {
            return page(id, model, FieldErrors.of("owner", "actions.error.owner"));
        }
        return "redirect:/actions/" + id + "?saved";
    }

    @PostMapping("/actions/{id}/notes")
    String note(@PathVariable UUID id, @RequestParam(required = false) String body, Model model) {
        if (body == null || body.isBlank()) {
            return page(id, model, FieldErrors.of("body", "actions.error.note.required"));
        }
        if (body.length() > MAX_TEXT) {
            return page(id, model, FieldErrors.of("body", "actions.error.note.long"));
        }
        FieldErrors errors = new FieldErrors();
        if (errors.rejectUnreadable("body", body)) {
            return page(id, model, errors);
        }
        service.addNote(id, CurrentUser.require(), body.strip());
        return "redirect:/actions/" + id + "?saved#notes";
    }

    @PostMapping("/actions/{id}/evidence")
    String evidence(
            @PathVariable UUID id,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) String link,
            @RequestParam(required = false) MultipartFile file,
            Model model)
            throws IOException {
        FieldErrors errors = new FieldErrors();
        boolean hasFile = file != null && !file.isEmpty();
        boolean hasLink = link != null && !link.isBlank();
        if (label == null || label.isBlank() || label.length() > 200) {
            errors.reject("label", "actions.error.label");
        }
        byte[] content = hasFile ? file.getBytes() : null;
        String type = hasFile ? ContentSniffer.sniff(content).orElse(null) : null;
        if (hasFile == hasLink) {
            errors.reject("link", "actions.error.evidence.one");
        } else if (hasLink && (!link.strip().matches("^https?://\\S+$") || link.length() > 2000)) {
            errors.reject("link", "actions.error.link");
        } else if (hasFile && content.length > MAX_FILE_BYTES) {
            errors.reject("file", "actions.error.file.size");
        } else if (hasFile && type == null) {
            errors.reject("file", "actions.error.file.type");
        }
        if (!errors.isEmpty()) {
            return page(id, model, errors);
        }
        UserIdentity me = CurrentUser.require();
        if (hasFile) {
            service.addEvidence(
                    id,
                    me,
                    label.strip(),
                    null,
                    ContentSniffer.safeName(file.getOriginalFilename(), type, "bewijs"),
                    type,
                    content);
        } else {
            service.addEvidence(id, me, label.strip(), link.strip(), null, null, null);
        }
        return "redirect:/actions/" + id + "?saved#evidence";
    }

    @GetMapping("/actions/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID evidenceId) {
        Actions.File f = service.file(id, evidenceId, CurrentUser.require());
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(f.content());
    }

    private String page(UUID id, Model model, FieldErrors errors) {
        UserIdentity me = CurrentUser.require();
        Action a = service.view(id, me);
        model.addAttribute("action", a);
        model.addAttribute("notes", service.notes(id, me));
        model.addAttribute("evidence", service.evidence(id, me));
        model.addAttribute("names", people.names());
        model.addAttribute("people", ActionService.isCoordinator(me) ? people.all() : java.util.List.of());
        model.addAttribute("coordinator", ActionService.isCoordinator(me));
        model.addAttribute("overdue", a.isOverdue(DutchTime.today(clock)));
        List<Theme> themeList = themes.all();
        model.addAttribute("themes", themeList);
        model.addAttribute(
                "theme",
                themeList.stream()
                        .filter(t -> t.id().equals(a.themeId()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("errors", errors);
        return "actions/action";
    }

    private String overviewPage(
            String status, String group, ActionService.ManualAction form, FieldErrors errors, Model model) {
        UserIdentity me = CurrentUser.require();
        String filter = status != null && STATUSES.contains(status) ? status : null;
        String grouping = group != null && GROUPINGS.contains(group) ? group : null;
        List<ActionSummary> all = service.all(filter, me);
        List<Theme> themeList = themes.all();
        model.addAttribute("actions", all);
        model.addAttribute(
                "groups",
                grouping == null
                        ? null
                        : grouping.equals("theme") ? PlanGroups.byTheme(all, themeList) : PlanGroups.bySource(all));
        model.addAttribute("stale", service.needingFollowUp(DutchTime.today(clock), me));
        model.addAttribute("progress", progressChart(service.progress(DutchTime.today(clock), me)));
        model.addAttribute("status", filter);
        model.addAttribute("group", grouping);
        model.addAttribute("names", people.names());
        model.addAttribute("people", people.all());
        model.addAttribute(
                "activeThemes", themeList.stream().filter(Theme::active).toList());
        model.addAttribute("manageThemes", ThemeService.isManager(me));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", DutchTime.today(clock));
        return "actions/overview";
    }

    /** The plan's progress as a line chart: actions in the plan and those done, at the end of each month. */
    private Chart progressChart(List<Actions.MonthProgress> months) {
        Locale locale = LocaleContextHolder.getLocale();
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        return Charts.line(
                "chart-progress",
                messages.getMessage("actions.chart.progress.title", null, locale),
                messages.getMessage("actions.chart.progress.description", null, locale),
                messages.getMessage("actions.chart.progress.month", null, locale),
                months.stream().map(m -> monthName.format(m.month())).toList(),
                List.of(
                        new Series(
                                messages.getMessage("actions.chart.progress.planned", null, locale),
                                months.stream().map(m -> Datum.of(m.planned())).toList()),
                        new Series(
                                messages.getMessage("actions.chart.progress.done", null, locale),
                                months.stream().map(m -> Datum.of(m.done())).toList())));
    }
}
