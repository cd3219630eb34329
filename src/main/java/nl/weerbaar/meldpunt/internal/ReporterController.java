package nl.weerbaar.meldpunt.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.UserIdentity;
import nl.weerbaar.registries.AddressChoices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The meldpunt of a municipality, without login: {@code /m/<municipality>}. Works without JavaScript and holds no
 * session (the forms carry no CSRF token and the receipt code travels in the form, never in the address), loads
 * nothing from elsewhere. The client address is used for the limits only, in memory (ADR 0601).
 */
@Controller
@RequestMapping("/m/{slug}")
class ReporterController {

    private final Reporting reporting;
    private final Municipalities municipalities;
    private final MeldpuntLimits limits;
    private final String baseUrl;
    private final AddressChoices addresses;

    ReporterController(
            Reporting reporting,
            Municipalities municipalities,
            MeldpuntLimits limits,
            @Value("${weerbaar.base-url}") String baseUrl,
            AddressChoices addresses) {
        this.addresses = addresses;
        this.reporting = reporting;
        this.municipalities = municipalities;
        this.limits = limits;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping
    String form(@PathVariable String slug, Model model) {
        return formPage(model, municipality(slug), new FieldErrors(), Map.of(), List.of());
    }

    @PostMapping
    String submit(
            @PathVariable String slug,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String address,
            @RequestParam(required = false) List<String> notTo,
            @RequestParam(defaultValue = "false") boolean named,
            @RequestParam(required = false) List<MultipartFile> attachments,
            @RequestParam(name = AddressChoices.POSTCODE, required = false) String addressPostcode,
            @RequestParam(name = AddressChoices.NUMBER, required = false) String addressNumber,
            @RequestParam(name = AddressChoices.LETTER, required = false) String addressLetter,
            @RequestParam(name = AddressChoices.ID, required = false) String addressBagId,
            @RequestParam(name = AddressChoices.FIND, required = false) String addressFind,
            @RequestParam(required = false) String newsEmail,
            @RequestParam(required = false) String process,
            @RequestParam(required = false) String relation,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Municipalities.Municipality m = municipality(slug);
        Map<String, String> fields = new java.util.HashMap<>();
        fields.put("kind", kind);
        fields.put("description", description);
        fields.put("address", address);
        fields.put("named", String.valueOf(named));
        fields.put(AddressChoices.POSTCODE, addressPostcode);
        fields.put(AddressChoices.NUMBER, addressNumber);
        fields.put(AddressChoices.LETTER, addressLetter);
        fields.put(AddressChoices.ID, addressBagId);
        fields.put("newsEmail", newsEmail);
        fields.put("process", process);
        fields.put("relation", relation);
        List<String> kept = notTo == null ? List.of() : notTo;
        if (addressFind != null) {
            // Without JavaScript the address search sends the form back: show it with the suggestions, save nothing.
            fields.put(AddressChoices.FIND, "true");
            return formPage(model, m, new FieldErrors(), fields, kept);
        }
        if (!limits.allowReport(request.getRemoteAddr(), m.id())) {
            response.setStatus(429);
            return formPage(model, m, new FieldErrors().rejectForm("meldpunt.throttled.reports"), fields, kept);
        }
        List<Reporting.Upload> files = uploads(attachments);
        Reporting.Submitted submitted = reporting.submit(
                m.id(),
                new Reporting.Submission(
                        kind, description, address, kept, named, files, newsEmail, process, relation, addressBagId),
                CurrentUser.get().orElse(null));
        if (submitted.errors().any()) {
            response.setStatus(422);
            return formPage(model, m, submitted.errors(), fields, kept);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("municipality", m);
        model.addAttribute("code", submitted.receiptCode());
        return "meldpunt/receipt";
    }

    /** The receipt code as a small text file to keep; the code comes from the form, it is not stored. */
    @PostMapping("/receipt")
    ResponseEntity<byte[]> receiptFile(@PathVariable String slug, @RequestParam(required = false) String code) {
        Municipalities.Municipality m = municipality(slug);
        String normalised = ReceiptCodes.normalise(code).orElseThrow(() -> new NotFoundException("meldpunt", slug));
        // the configured address, not the request's Host header (which a client chooses)
        String link = baseUrl + "/m/" + m.slug() + "/follow";
        String text = "Meldpunt " + m.name() + "\r\n\r\n"
                + "Ontvangstcode / receipt code: " + ReceiptCodes.grouped(normalised) + "\r\n\r\n"
                + link + "\r\n";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("meldpunt-ontvangstcode.txt")
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/follow")
    String codeForm(@PathVariable String slug, Model model) {
        model.addAttribute("municipality", municipality(slug));
        model.addAttribute("errors", new FieldErrors());
        return "meldpunt/code";
    }

    @PostMapping("/follow")
    String follow(
            @PathVariable String slug,
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return view(municipality(slug), code, request, response, model, new FieldErrors(), false);
    }

    @PostMapping("/reply")
    String reply(
            @PathVariable String slug,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String message,
            @RequestParam(required = false) List<MultipartFile> attachments,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Municipalities.Municipality m = municipality(slug);
        if (!limits.mayTryCode(request.getRemoteAddr(), m.id())) {
            return throttled(m, response, model);
        }
        try {
            if (!reporting.reply(m.id(), code, message, uploads(attachments))) {
                limits.missed(request.getRemoteAddr(), m.id());
                return unknownCode(m, response, model);
            }
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("message", message);
            return view(m, code, request, response, model, e.errors(), false);
        }
        return view(m, code, request, response, model, new FieldErrors(), true);
    }

    /** The reporter stops the "there is news" mails; the address is gone from the report at once. */
    @PostMapping("/news-stop")
    String stopNews(
            @PathVariable String slug,
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("newsStopped", true);
        return withCode(slug, code, reporting::stopNews, request, response, model);
    }

    /** The reporter confirms the record a recipient made of their phone call or meeting. */
    @PostMapping("/confirm")
    String confirm(
            @PathVariable String slug,
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return withCode(slug, code, reporting::confirm, request, response, model);
    }

    /**
     * Does {@code action} with a receipt code, throttled like every use of a code: a code that opens nothing counts
     * as a miss; then shows the report.
     */
    private String withCode(
            String slug,
            String code,
            java.util.function.BiPredicate<UUID, String> action,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Municipalities.Municipality m = municipality(slug);
        if (!limits.mayTryCode(request.getRemoteAddr(), m.id())) {
            return throttled(m, response, model);
        }
        if (!action.test(m.id(), code)) {
            limits.missed(request.getRemoteAddr(), m.id());
            return unknownCode(m, response, model);
        }
        return view(m, code, request, response, model, new FieldErrors(), false);
    }

    private String view(
            Municipalities.Municipality m,
            String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            FieldErrors errors,
            boolean sent) {
        if (!limits.mayTryCode(request.getRemoteAddr(), m.id())) {
            return throttled(m, response, model);
        }
        var view = reporting.follow(m.id(), code);
        if (view.isEmpty()) {
            limits.missed(request.getRemoteAddr(), m.id());
            return unknownCode(m, response, model);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("municipality", m);
        model.addAttribute("report", view.get());
        model.addAttribute(
                "code", ReceiptCodes.grouped(ReceiptCodes.normalise(code).orElseThrow()));
        model.addAttribute("errors", errors);
        model.addAttribute("sent", sent);
        model.addAttribute("attachmentLimits", reporting.attachmentLimits());
        return "meldpunt/follow";
    }

    private static List<Reporting.Upload> uploads(List<MultipartFile> attachments) {
        List<Reporting.Upload> files = new ArrayList<>();
        for (MultipartFile f : attachments == null ? List.<MultipartFile>of() : attachments) {
            try {
                files.add(new Reporting.Upload(f.getOriginalFilename(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private String unknownCode(Municipalities.Municipality m, HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("municipality", m);
        model.addAttribute("errors", new FieldErrors().reject("code", "meldpunt.code.unknown"));
        return "meldpunt/code";
    }

    private String throttled(Municipalities.Municipality m, HttpServletResponse response, Model model) {
        response.setStatus(429);
        model.addAttribute("municipality", m);
        model.addAttribute("errors", new FieldErrors().reject("code", "meldpunt.throttled.codes"));
        return "meldpunt/code";
    }

    private String formPage(
            Model model,
            Municipalities.Municipality m,
            FieldErrors errors,
            Map<String, String> fields,
            List<String> notTo) {
        UserIdentity me = CurrentUser.get().orElse(null);
        model.addAttribute("municipality", m);
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("processes", reporting.processes(m.id()));
        boolean open = reporting.openToOutsiders(m.id());
        model.addAttribute("openToOutsiders", open);
        model.addAttribute(
                "relations",
                java.util.Arrays.stream(Relation.values())
                        .filter(r -> open || !r.outsider())
                        .toList());
        model.addAttribute("choosable", reporting.choosable(m.id()));
        model.addAttribute("mayName", me != null && m.id().equals(me.tenantId()));
        model.addAttribute("errors", errors);
        model.addAttribute("fields", fields);
        model.addAttribute("notTo", notTo);
        model.addAttribute("attachmentLimits", reporting.attachmentLimits());
        model.addAttribute("htmx", true);
        model.addAttribute(
                "addressPicker",
                addresses.picker(
                        fields.get(AddressChoices.POSTCODE),
                        fields.get(AddressChoices.NUMBER),
                        fields.get(AddressChoices.LETTER),
                        fields.get(AddressChoices.ID),
                        "true".equals(fields.get(AddressChoices.FIND))));
        return "meldpunt/report";
    }

    /**
     * The address suggestions of the report form as an htmx fragment: posted (the address stays out of URLs and access
     * logs), no session, nothing recorded.
     */
    @PostMapping("/address-choices")
    String addressChoices(
            @PathVariable String slug,
            @RequestParam(name = AddressChoices.POSTCODE, required = false) String postcode,
            @RequestParam(name = AddressChoices.NUMBER, required = false) String number,
            @RequestParam(name = AddressChoices.LETTER, required = false) String letter,
            @RequestParam(name = AddressChoices.ID, required = false) String chosen,
            Model model) {
        municipality(slug);
        model.addAttribute("addressPicker", addresses.picker(postcode, number, letter, chosen, true));
        return "registries/address :: choices";
    }

    private Municipalities.Municipality municipality(String slug) {
        return municipalities.all().stream()
                .filter(m -> m.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("meldpunt", slug));
    }
}
