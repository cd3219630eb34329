package nl.weerbaar.meldpunt.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import nl.weerbaar.platform.CaseRead;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.registries.AddressChoices;
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
    private final Reporting reporting;
    private final Exports exports;
    private final Municipalities municipalities;
    private final java.time.Clock clock;
    private final String baseUrl;

    private final AddressChoices addresses;

    InboxController(
            Inbox inbox,
            Reporting reporting,
            Exports exports,
            Municipalities municipalities,
            java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${weerbaar.base-url}") String baseUrl,
            AddressChoices addresses) {
        this.addresses = addresses;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.inbox = inbox;
        this.reporting = reporting;
        this.exports = exports;
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

    @GetMapping("/meldpunt/deletions")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'CONFIDANT', 'SECRETARY')")
    String deletions(Model model) {
        model.addAttribute("deletions", inbox.deletions());
        return "meldpunt/deletions";
    }

    @GetMapping("/meldpunt/oral")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'CONFIDANT', 'SECRETARY')")
    String oralForm(Model model) {
        return oralPage(model, new FieldErrors(), new Reporting.Oral(null, null, null, null, false));
    }

    @PostMapping("/meldpunt/oral")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'CONFIDANT', 'SECRETARY')")
    String recordOral(
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String address,
            @RequestParam(defaultValue = "false") boolean consent,
            @RequestParam(name = AddressChoices.POSTCODE, required = false) String addressPostcode,
            @RequestParam(name = AddressChoices.NUMBER, required = false) String addressNumber,
            @RequestParam(name = AddressChoices.LETTER, required = false) String addressLetter,
            @RequestParam(name = AddressChoices.ID, required = false) String addressBagId,
            @RequestParam(name = AddressChoices.FIND, required = false) String addressFind,
            HttpServletResponse response,
            Model model) {
        Reporting.Oral oral = new Reporting.Oral(channel, kind, description, address, consent, addressBagId);
        model.addAttribute(
                "addressPicker",
                addresses.picker(addressPostcode, addressNumber, addressLetter, addressBagId, addressFind != null));
        if (addressFind != null) {
            // Without JavaScript the address search sends the form back: show it with the suggestions, save nothing.
            return oralPage(model, new FieldErrors(), oral);
        }
        Reporting.Submitted recorded = reporting.recordOral(oral, CurrentUser.require());
        if (recorded.errors().any()) {
            response.setStatus(422);
            return oralPage(model, recorded.errors(), oral);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("code", recorded.receiptCode());
        model.addAttribute(
                "followLink",
                baseUrl + "/m/"
                        + municipalities
                                .byId(CurrentUser.require().tenantId())
                                .orElseThrow()
                                .slug()
                        + "/follow");
        return "meldpunt/oral-receipt";
    }

    private String oralPage(Model model, FieldErrors errors, Reporting.Oral oral) {
        if (!model.containsAttribute("addressPicker")) {
            model.addAttribute("addressPicker", addresses.picker(null, null, null, null, false));
        }
        model.addAttribute("htmx", true);
        model.addAttribute("errors", errors);
        model.addAttribute("oral", oral);
        model.addAttribute("kinds", Kind.values());
        return "meldpunt/oral";
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

    @PostMapping("/meldpunt/{id}/link")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'CONFIDANT', 'SECRETARY')")
    String link(
            @PathVariable UUID id,
            @RequestParam(required = false) String reference,
            HttpServletResponse response,
            Model model) {
        try {
            inbox.link(id, CurrentUser.require(), reference);
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("reference", reference);
            return detailPage(id, model, e.errors());
        }
        return "redirect:/meldpunt/" + id + "#links";
    }

    @PostMapping("/meldpunt/{id}/export")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'CONFIDANT', 'SECRETARY')")
    String requestExport(@PathVariable UUID id, HttpServletResponse response, Model model) {
        try {
            exports.request(id, CurrentUser.require());
        } catch (nl.weerbaar.platform.ConflictException e) {
            response.setStatus(409);
            return detailPage(id, model, FieldErrors.of(FieldErrors.FORM, e.detailKey()));
        }
        return "redirect:/meldpunt/" + id + "#export";
    }

    @GetMapping("/meldpunt/{id}/export.pdf")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'CONFIDANT', 'SECRETARY')")
    @CaseRead(Inbox.AUDIT_TYPE)
    ResponseEntity<byte[]> export(@PathVariable UUID id, Locale locale) {
        byte[] pdf = exports.download(
                id, CurrentUser.require(), "en".equals(locale.getLanguage()) ? locale : Locale.forLanguageTag("nl"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("melding.pdf")
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }

    private String detailPage(UUID id, Model model, FieldErrors errors) {
        Inbox.Detail report = inbox.open(id, CurrentUser.require());
        model.addAttribute("report", report);
        // The chosen BAG address as the BAG reads it now; its id alone when the BAG is no longer loaded.
        model.addAttribute(
                "addressText",
                report.addressBagId() == null
                        ? null
                        : addresses
                                .chosen(report.addressBagId())
                                .map(AddressChoices.Choice::text)
                                .orElse(report.addressBagId()));
        model.addAttribute("today", DutchTime.today(clock));
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", Inbox.OUTCOMES);
        model.addAttribute("export", exports.state(id, CurrentUser.require()));
        return "meldpunt/detail";
    }
}
