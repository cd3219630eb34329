package nl.weerbaar.actions.plan;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.weerbaar.actions.ActionPlans.Priority;
import nl.weerbaar.platform.ContentSniffer;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DateInput;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.UserIdentity;
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

/** Action pages: one action with its notes and evidence, "my actions", and the municipality's overview. */
@Controller
@PreAuthorize("hasAnyRole('EMPLOYEE', 'MANAGER', 'CONFIDANT', 'COORDINATOR', 'SECRETARY', 'LEGAL', 'ADMIN')")
class ActionController {

    static final int MAX_TEXT = 4000;
    /** Largest evidence file. */
    static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private static final Map<String, Consumer<Action>> TRANSITIONS = Map.of(
            "start", Action::start, "complete", Action::complete, "cancel", Action::cancel, "reopen", Action::reopen);
    private static final Set<String> STATUSES = Set.of("OPEN", "IN_PROGRESS", "DONE", "CANCELLED");

    private final ActionService service;
    private final ActionPeople people;
    private final Clock clock;

    ActionController(ActionService service, ActionPeople people, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.people = people;
    }

    @GetMapping("/actions")
    String overview(@RequestParam(required = false) String status, Model model) {
        UserIdentity me = CurrentUser.require();
        if (!ActionService.isCoordinator(me)) {
            return "redirect:/actions/mine";
        }
        String filter = status != null && STATUSES.contains(status) ? status : null;
        model.addAttribute("actions", service.all(filter, me));
        model.addAttribute("stale", service.needingFollowUp(DutchTime.today(clock), me));
        model.addAttribute("status", filter);
        model.addAttribute("names", people.names());
        model.addAttribute("today", DutchTime.today(clock));
        return "actions/overview";
    }

    @GetMapping("/actions/mine")
    String mine(Model model) {
        model.addAttribute("actions", service.mine(CurrentUser.require()));
        model.addAttribute("today", DutchTime.today(clock));
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
        if (!errors.isEmpty()) {
            return page(id, model, errors);
        }
        try {
            service.replan(id, me, ActionService.isCoordinator(me) ? ownerId : me.userId(), due, p);
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
        model.addAttribute("errors", errors);
        return "actions/action";
    }
}
