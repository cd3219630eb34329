package nl.weerbaar.awareness.programme;

import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.TenantContext;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The programme for the year: the coordinator plans and changes events and links them to the action plan; the
 * secretary reads it; an event's owner reads their own event (the reminder links there). Exported as iCalendar.
 */
@Controller
class ProgrammeController {

    static final String EVERYONE =
            "hasAnyRole('EMPLOYEE', 'MANAGER', 'CONFIDANT', 'COORDINATOR', 'SECRETARY', 'LEGAL', 'ADMIN')";

    private final ProgrammeService programme;
    private final Municipalities municipalities;
    private final MessageSource messages;
    private final Clock clock;

    ProgrammeController(
            ProgrammeService programme, Municipalities municipalities, MessageSource messages, Clock clock) {
        this.programme = programme;
        this.municipalities = municipalities;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/awareness/programme")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SECRETARY')")
    String year(@RequestParam(required = false) Integer year, Model model) {
        int shown = year(year);
        model.addAttribute("year", shown);
        model.addAttribute("events", programme.year(shown, CurrentUser.require()));
        return "awareness/programme";
    }

    @GetMapping("/awareness/programme.ics")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SECRETARY')")
    ResponseEntity<String> calendar(@RequestParam(required = false) Integer year, java.util.Locale locale) {
        int shown = year(year);
        String name = messages.getMessage(
                "awareness.programme.calendarName", new Object[] {municipalityName(), String.valueOf(shown)}, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("programma-" + shown + ".ics")
                                .build()
                                .toString())
                .body(programme.calendar(shown, name, CurrentUser.require()));
    }

    @GetMapping("/awareness/programme/new")
    @PreAuthorize("hasRole('COORDINATOR')")
    String newEvent(Model model) {
        return form(
                model, null, new ProgrammeService.Form("NORM_DISCUSSION", "", "", "", "", "", "7"), new FieldErrors());
    }

    @PostMapping("/awareness/programme")
    @PreAuthorize("hasRole('COORDINATOR')")
    String plan(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String startsOn,
            @RequestParam(required = false) String ownerId,
            @RequestParam(required = false) String departmentId,
            @RequestParam(required = false) String notes,
            @RequestParam(required = false) String remindDays,
            Model model) {
        ProgrammeService.Form form =
                new ProgrammeService.Form(kind, title, startsOn, ownerId, departmentId, notes, remindDays);
        try {
            UUID id = programme.plan(form, CurrentUser.require());
            return "redirect:/awareness/programme/" + id + "?saved";
        } catch (InvalidInputException e) {
            return form(model, null, form, e.errors());
        }
    }

    @GetMapping("/awareness/programme/{id}")
    @PreAuthorize(EVERYONE)
    String event(@PathVariable UUID id, Model model) {
        ProgrammeEvent e = programme.event(id, CurrentUser.require());
        model.addAttribute("event", e);
        if (ProgrammeService.isPlanner(CurrentUser.require())) {
            return form(model, e, formOf(e), new FieldErrors());
        }
        return "awareness/event";
    }

    @PostMapping("/awareness/programme/{id}")
    @PreAuthorize("hasRole('COORDINATOR')")
    String change(
            @PathVariable UUID id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String startsOn,
            @RequestParam(required = false) String ownerId,
            @RequestParam(required = false) String departmentId,
            @RequestParam(required = false) String notes,
            @RequestParam(required = false) String remindDays,
            Model model) {
        ProgrammeService.Form form =
                new ProgrammeService.Form(kind, title, startsOn, ownerId, departmentId, notes, remindDays);
        try {
            programme.change(id, form, CurrentUser.require());
            return "redirect:/awareness/programme/" + id + "?saved";
        } catch (InvalidInputException e) {
            return form(model, programme.event(id, CurrentUser.require()), form, e.errors());
        }
    }

    @PostMapping("/awareness/programme/{id}/remove")
    @PreAuthorize("hasRole('COORDINATOR')")
    String remove(@PathVariable UUID id) {
        programme.remove(id, CurrentUser.require());
        return "redirect:/awareness/programme?removed";
    }

    @PostMapping("/awareness/programme/{id}/action")
    @PreAuthorize("hasRole('COORDINATOR')")
    String linkAction(@PathVariable UUID id) {
        programme.linkNewAction(id, CurrentUser.require());
        return "redirect:/awareness/programme/" + id + "?linked";
    }

    private String form(Model model, ProgrammeEvent event, ProgrammeService.Form form, FieldErrors errors) {
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Arrays.asList(EventKind.values()));
        model.addAttribute("people", programme.people());
        model.addAttribute("departments", programme.departments());
        return "awareness/event-form";
    }

    private static ProgrammeService.Form formOf(ProgrammeEvent e) {
        return new ProgrammeService.Form(
                e.kind().name(),
                e.title(),
                e.startsOn().toString(),
                e.ownerId().toString(),
                e.departmentId() == null ? "" : e.departmentId().toString(),
                e.notes() == null ? "" : e.notes(),
                String.valueOf(e.remindDays()));
    }

    private int year(Integer year) {
        int now = DutchTime.today(clock).getYear();
        return year == null || year < now - 10 || year > now + 10 ? now : year;
    }

    private String municipalityName() {
        return municipalities
                .byId(TenantContext.require())
                .map(Municipalities.Municipality::name)
                .orElse("");
    }
}
