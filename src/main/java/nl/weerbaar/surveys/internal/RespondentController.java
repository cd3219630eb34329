package nl.weerbaar.surveys.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.Municipalities;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The respondent's pages, reachable without login: {@code /s/<token>} (personal invitation) and
 * {@code /s/o/<code>} (open link). Limited per client address, and stricter for links that do not exist, so
 * tokens cannot be guessed; responses through an open link are limited per address and per link, and a response
 * over the limit gets the form back with its answers (429). The client address is used for the limits only and
 * never stored.
 */
@Controller
@RequestMapping("/s")
class RespondentController {

    private final Respondents respondents;
    private final Municipalities municipalities;
    private final PublicLimits limits;

    RespondentController(Respondents respondents, Municipalities municipalities, PublicLimits limits) {
        this.respondents = respondents;
        this.municipalities = municipalities;
        this.limits = limits;
    }

    @GetMapping("/{token}")
    String invitation(
            @PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        return show(request, response, model, respondents.byToken(token), "/s/" + token);
    }

    @PostMapping("/{token}")
    String answerInvitation(
            @PathVariable String token,
            @RequestParam(required = false) String version,
            @RequestParam Map<String, String> fields,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return submit(request, response, model, respondents.byToken(token), "/s/" + token, version, fields);
    }

    @GetMapping("/o/{code}")
    String openLink(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        return show(request, response, model, respondents.byLink(code), "/s/o/" + code);
    }

    @PostMapping("/o/{code}")
    String answerOpenLink(
            @PathVariable String code,
            @RequestParam(required = false) String version,
            @RequestParam Map<String, String> fields,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return submit(request, response, model, respondents.byLink(code), "/s/o/" + code, version, fields);
    }

    @GetMapping("/thanks")
    String thanks(Model model) {
        return message(model, "THANKS");
    }

    private String show(
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Optional<Access> access,
            String action) {
        String refused = refuse(request, response, model, access);
        if (refused != null) {
            return refused;
        }
        Respondents.Form form = respondents.form(access.get());
        if (form.state() != Respondents.State.OK) {
            return gone(response, model, form.state());
        }
        return formPage(model, access.get(), form.survey(), form.version(), action, new FieldErrors(), Map.of());
    }

    private String submit(
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Optional<Access> access,
            String action,
            String version,
            Map<String, String> fields) {
        String refused = refuse(request, response, model, access);
        if (refused != null) {
            return refused;
        }
        UUID versionId = parse(version);
        if (!access.get().personal()
                && !limits.allowOpenLinkResponse(
                        request.getRemoteAddr(), access.get().linkCode())) {
            Respondents.State state = respondents.form(access.get()).state();
            if (state != Respondents.State.OK) {
                return gone(response, model, state);
            }
            response.setStatus(429);
            return answersAgain(
                    model,
                    access.get(),
                    action,
                    versionId,
                    new FieldErrors().rejectForm("surveys.respond.throttled"),
                    fields);
        }
        Respondents.Outcome outcome = respondents.submit(access.get(), versionId, fields);
        if (outcome.state() == Respondents.State.OK) {
            return "redirect:/s/thanks";
        }
        if (outcome.state() != Respondents.State.INVALID) {
            return gone(response, model, outcome.state());
        }
        response.setStatus(422);
        return answersAgain(model, access.get(), action, versionId, outcome.errors(), fields);
    }

    /** The form again with the answers given, in the version they were given for, and what was wrong. */
    private String answersAgain(
            Model model, Access access, String action, UUID versionId, FieldErrors errors, Map<String, String> fields) {
        Respondents.Form form = respondents.form(access);
        Questionnaires.Version shown = form.version();
        return formPage(
                model,
                access,
                form.survey(),
                versionId != null && form.version() != null
                        ? respondents.version(access, versionId).orElse(shown)
                        : shown,
                action,
                errors,
                fields);
    }

    private String refuse(
            HttpServletRequest request, HttpServletResponse response, Model model, Optional<Access> access) {
        if (!limits.allow(request.getRemoteAddr(), access.isPresent())) {
            response.setStatus(429);
            return message(model, "TOO_MANY");
        }
        if (access.isEmpty()) {
            response.setStatus(404);
            return message(model, "UNKNOWN");
        }
        return null;
    }

    private String gone(HttpServletResponse response, Model model, Respondents.State state) {
        response.setStatus(state == Respondents.State.NOT_OPEN_YET ? 403 : 410);
        return message(model, state.name());
    }

    private String formPage(
            Model model,
            Access access,
            Survey survey,
            Questionnaires.Version version,
            String action,
            FieldErrors errors,
            Map<String, String> fields) {
        model.addAttribute("survey", survey);
        model.addAttribute("version", version);
        model.addAttribute("action", action);
        model.addAttribute("errors", errors);
        model.addAttribute("fields", fields);
        model.addAttribute(
                "organisationName",
                municipalities
                        .byId(access.tenantId())
                        .map(Municipalities.Municipality::name)
                        .orElse(""));
        return "surveys/respond";
    }

    private String message(Model model, String state) {
        model.addAttribute("state", state);
        return "surveys/message";
    }

    private static UUID parse(String raw) {
        try {
            return raw == null ? null : UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
