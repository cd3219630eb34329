package nl.weerbaar.training.register;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.CaseRead;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.InvalidInputException;
import nl.weerbaar.platform.NotAllowedException;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.UserIdentity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The training register's pages: kinds and sessions, one session with its attendance, the certification states per
 * person, and one person's history. The coordinator edits; a manager reads their own department.
 */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR', 'MANAGER')")
class RegisterController {

    /** A problem of an imported file as shown: line (0: the file as a whole), column and message. */
    record ShownProblem(long line, String column, String message) {}

    private final RegisterService service;
    private final OfferService offers;
    private final MessageSource messages;

    RegisterController(RegisterService service, OfferService offers, MessageSource messages) {
        this.service = service;
        this.offers = offers;
        this.messages = messages;
    }

    @GetMapping("/opleidingen/dekking")
    String coverage(Model model) {
        UserIdentity me = CurrentUser.require();
        model.addAttribute("rows", service.coverage(me));
        model.addAttribute("departments", service.departments(me));
        Map<UUID, java.math.BigDecimal> rates = new LinkedHashMap<>();
        service.incidentRates(me).forEach(r -> rates.put(r.departmentId(), r.rate()));
        model.addAttribute("rates", rates);
        var positions = service.vulnerablePositions(me);
        model.addAttribute("positions", positions);
        model.addAttribute("positionRows", service.coverageByPosition(me, positions));
        model.addAttribute("minGroup", RegisterService.MIN_GROUP);
        return "training/register/coverage";
    }

    @GetMapping("/opleidingen/aanbod")
    String offers(Model model) {
        model.addAttribute("page", offers.page(CurrentUser.require()));
        return "training/register/offers";
    }

    @PostMapping("/opleidingen/sessies/{id}/inschrijven")
    String enrolGroup(@PathVariable UUID id, @RequestParam(required = false) String group, Model model) {
        UserIdentity me = CurrentUser.require();
        try {
            int n = service.enrolGroup(me, id, group);
            return "redirect:/opleidingen/sessies/" + id + "?enrolled=" + n;
        } catch (NotAllowedException e) {
            throw new org.springframework.security.access.AccessDeniedException("not the editor of this session");
        } catch (InvalidInputException e) {
            model.addAttribute("page", service.session(me, id));
            model.addAttribute("form", Map.of());
            model.addAttribute("errors", new FieldErrors());
            model.addAttribute("groupErrors", e.errors());
            model.addAttribute("group", group);
            return "training/register/session";
        }
    }

    @PostMapping("/opleidingen/sessies/{id}/import")
    @PreAuthorize("hasRole('COORDINATOR')")
    String importAttendance(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Model model)
            throws java.io.IOException {
        UserIdentity me = CurrentUser.require();
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        try {
            int n = service.importAttendance(me, id, bytes);
            return "redirect:/opleidingen/sessies/" + id + "?imported=" + n;
        } catch (AttendanceImport.Refused e) {
            Locale locale = LocaleContextHolder.getLocale();
            model.addAttribute(
                    "problems",
                    e.problems().stream()
                            .map(p -> new ShownProblem(
                                    p.line(),
                                    p.column(),
                                    messages.getMessage(p.key(), p.args().toArray(), locale)))
                            .toList());
            model.addAttribute("page", service.session(me, id));
            model.addAttribute("form", Map.of());
            model.addAttribute("errors", new FieldErrors());
            return "training/register/session";
        }
    }

    /** The register; {@code kind} and {@code offer} prefill the plan form (from an offer after an incident). */
    @GetMapping("/opleidingen")
    String register(
            @RequestParam(required = false) String kind, @RequestParam(required = false) String offer, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        UUID k = RegisterService.uuidOrNull(kind);
        UUID o = RegisterService.uuidOrNull(offer);
        if (k != null) {
            form.put("kind", k.toString());
        }
        if (o != null) {
            form.put("offer", o.toString());
        }
        return registerPage(form, new FieldErrors(), model);
    }

    @PostMapping("/opleidingen/sessies")
    String addSession(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String heldOn,
            @RequestParam(required = false) String trainer,
            @RequestParam(required = false) String places,
            @RequestParam(required = false) String offer,
            Model model) {
        try {
            UUID id = service.addSession(CurrentUser.require(), kind, heldOn, trainer, places, offer);
            return "redirect:/opleidingen/sessies/" + id + "?planned";
        } catch (NotAllowedException e) {
            throw new org.springframework.security.access.AccessDeniedException("not the editor of this session");
        } catch (InvalidInputException e) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("kind", kind);
            form.put("heldOn", heldOn);
            form.put("trainer", trainer);
            form.put("places", places);
            form.put("offer", RegisterService.uuidOrNull(offer) == null ? null : offer.strip());
            return registerPage(form, e.errors(), model);
        }
    }

    @GetMapping("/opleidingen/sessies/{id}")
    @CaseRead("training-session")
    String session(@PathVariable UUID id, Model model) {
        model.addAttribute("page", service.session(CurrentUser.require(), id));
        model.addAttribute("form", Map.of());
        model.addAttribute("errors", new FieldErrors());
        return "training/register/session";
    }

    @PostMapping("/opleidingen/sessies/{id}")
    String recordAttendance(@PathVariable UUID id, @RequestParam Map<String, String> form, Model model) {
        UserIdentity me = CurrentUser.require();
        Map<UUID, String> statuses = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("p-")) {
                try {
                    statuses.put(UUID.fromString(k.substring(2)), v);
                    typed.put(k, v);
                } catch (IllegalArgumentException e) {
                    throw new NotFoundException("person", k);
                }
            }
        });
        try {
            service.recordAttendance(me, id, statuses);
            return "redirect:/opleidingen/sessies/" + id + "?saved";
        } catch (NotAllowedException e) {
            throw new org.springframework.security.access.AccessDeniedException("not the editor of this session");
        } catch (InvalidInputException e) {
            model.addAttribute("page", service.session(me, id));
            model.addAttribute("form", typed);
            model.addAttribute("errors", e.errors());
            return "training/register/session";
        }
    }

    @GetMapping("/opleidingen/certificering")
    String certifications(Model model) {
        model.addAttribute("rows", service.certifications(CurrentUser.require()));
        model.addAttribute("kinds", service.kinds());
        return "training/register/certifications";
    }

    @GetMapping("/opleidingen/personen/{id}")
    @CaseRead("training-person")
    @PreAuthorize("hasAnyRole('EMPLOYEE', 'MANAGER', 'COORDINATOR')")
    String person(@PathVariable UUID id, Model model) {
        UserIdentity me = CurrentUser.require();
        model.addAttribute("person", service.person(me, id));
        model.addAttribute("history", service.history(me, id));
        model.addAttribute("upcoming", service.upcoming(me, id));
        model.addAttribute("reader", me.hasAny(Role.COORDINATOR, Role.MANAGER));
        return "training/register/person";
    }

    private String registerPage(Map<String, String> form, FieldErrors errors, Model model) {
        UserIdentity me = CurrentUser.require();
        model.addAttribute("kinds", service.kinds());
        model.addAttribute("sessions", service.sessions(me));
        model.addAttribute("coordinator", me.has(Role.COORDINATOR));
        model.addAttribute("planner", me.has(Role.COORDINATOR) || me.departmentId() != null);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "training/register/register";
    }
}
