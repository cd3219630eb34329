package nl.weerbaar.meldpunt.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import nl.weerbaar.platform.CaseRead;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The recipients' pages: reports by deadline, one report with its messages, acknowledging and answering. */
@Controller
class InboxController {

    private final Inbox inbox;
    private final Municipalities municipalities;
    private final java.time.Clock clock;

    InboxController(Inbox inbox, Municipalities municipalities, java.time.Clock clock) {
        this.inbox = inbox;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** The menu entry for every employee: the municipality's own meldpunt form. */
    @GetMapping("/meldpunt/melden")
    String report() {
        UserIdentity me = CurrentUser.require();
        if (me.tenantId() == null) {
            throw new NotFoundException("meldpunt", null);
        }
        return "redirect:/m/" + municipalities.byId(me.tenantId()).orElseThrow().slug();
    }

    @GetMapping("/meldpunt")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'CONFIDANT', 'SECRETARY')")
    String list(@ModelAttribute InboxParams params, Model model) {
        FieldErrors errors = new FieldErrors();
        InboxCriteria criteria = params.criteria(errors);
        Inbox.Page page = inbox.list(CurrentUser.require(), criteria);
        model.addAttribute("criteria", criteria);
        model.addAttribute("result", page);
        model.addAttribute("errors", errors);
        model.addAttribute("states", InboxParams.STATES);
        model.addAttribute("kinds", InboxParams.KINDS);
        model.addAttribute("previousHref", InboxParams.href(criteria, page.page() - 1));
        model.addAttribute("nextHref", InboxParams.href(criteria, page.page() + 1));
        return "meldpunt/list";
    }

    @GetMapping("/meldpunt/{id}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'CONFIDANT', 'SECRETARY')")
    @CaseRead(Inbox.AUDIT_TYPE)
    String detail(@PathVariable UUID id, Model model) {
        return detailPage(id, model, new FieldErrors());
    }

    @PostMapping("/meldpunt/{id}/acknowledge")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'CONFIDANT', 'SECRETARY')")
    String acknowledge(@PathVariable UUID id) {
        inbox.acknowledge(id, CurrentUser.require());
        return "redirect:/meldpunt/" + id;
    }

    @PostMapping("/meldpunt/{id}/messages")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'CONFIDANT', 'SECRETARY')")
    String write(
            @PathVariable UUID id,
            @RequestParam(required = false) String message,
            @RequestParam(defaultValue = "false") boolean informs,
            HttpServletResponse response,
            Model model) {
        try {
            inbox.write(id, CurrentUser.require(), message, informs);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("message", message);
            return detailPage(id, model, e.errors());
        }
        return "redirect:/meldpunt/" + id + "#messages";
    }

    @PostMapping("/meldpunt/{id}/outcome")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'CONFIDANT', 'SECRETARY')")
    String outcome(
            @PathVariable UUID id,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String measure,
            HttpServletResponse response,
            Model model) {
        try {
            inbox.recordOutcome(id, CurrentUser.require(), outcome, measure);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("measure", measure);
            return detailPage(id, model, e.errors());
        }
        return "redirect:/meldpunt/" + id + "#outcome";
    }

    @GetMapping("/meldpunt/{id}/attachments/{attachment}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'CONFIDANT', 'SECRETARY')")
    @CaseRead(Inbox.AUDIT_TYPE)
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachment) {
        Inbox.File f = inbox.attachment(id, attachment, CurrentUser.require());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(f.name())
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(f.bytes());
    }

    private String detailPage(UUID id, Model model, FieldErrors errors) {
        model.addAttribute("report", inbox.open(id, CurrentUser.require()));
        model.addAttribute("today", DutchTime.today(clock));
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", Inbox.OUTCOMES);
        return "meldpunt/detail";
    }
}
