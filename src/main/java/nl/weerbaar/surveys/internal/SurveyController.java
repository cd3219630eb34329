package nl.weerbaar.surveys.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.Confirmation;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's pages (the list also for the secretary): surveys, invitations, open links, response rates, closing, questionnaire versions. */
@Controller
@RequestMapping("/surveys")
@PreAuthorize("hasRole('COORDINATOR')")
class SurveyController {

    private final SurveyService surveys;
    private final Organisation organisation;
    private final int defaultGroupSize;
    private final Clock clock;

    SurveyController(
            SurveyService surveys,
            Organisation organisation,
            @Value("${weerbaar.surveys.min-group-size:10}") int defaultGroupSize,
            Clock clock) {
        this.clock = clock;
        this.surveys = surveys;
        this.organisation = organisation;
        this.defaultGroupSize = defaultGroupSize;
    }

    /** The surveys; the secretary sees only the closed ones, each leading to its aggregated results. */
    @GetMapping
    @PreAuthorize("hasAnyRole('COORDINATOR', 'SECRETARY')")
    String list(Model model) {
        boolean coordinator = CurrentUser.require().has(Role.COORDINATOR);
        model.addAttribute(
                "surveys",
                coordinator
                        ? surveys.all()
                        : surveys.all().stream()
                                .filter(s -> s.isClosed(DutchTime.today(clock)))
                                .toList());
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("today", DutchTime.today(clock));
        return "surveys/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute(
                "form",
                new SurveyForms.NewSurvey(
                        "",
                        "CIVIL_SERVANT",
                        DutchTime.today(clock).toString(),
                        DutchTime.today(clock).plusWeeks(3).toString(),
                        String.valueOf(defaultGroupSize),
                        ""));
        return newPage(model, new FieldErrors());
    }

    @PostMapping("/new")
    String create(SurveyForms.NewSurvey form, Model model) {
        FieldErrors errors = SurveyForms.check(form, 5, DutchTime.today(clock));
        UUID baseline = null;
        if (form.baseline() != null && !form.baseline().isBlank()) {
            baseline = surveys.all().stream()
                    .filter(s -> s.id().toString().equals(form.baseline())
                            && s.variant() == SurveyForms.variant(form.variant()))
                    .map(Survey::id)
                    .findFirst()
                    .orElse(null);
            if (baseline == null) {
                errors.reject("baseline", "surveys.new.baseline.invalid");
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            return newPage(model, errors);
        }
        Variant variant = SurveyForms.variant(form.variant());
        UUID id = surveys.create(
                form.title().strip(),
                variant,
                SurveyForms.date(form.opensOn()),
                SurveyForms.date(form.closesOn()),
                SurveyForms.integer(form.minGroupSize()),
                baseline);
        return "redirect:/surveys/" + id;
    }

    private String newPage(Model model, FieldErrors errors) {
        model.addAttribute("errors", errors);
        model.addAttribute("variants", Variant.values());
        model.addAttribute(
                "baselines",
                surveys.all().stream()
                        .filter(s -> s.isClosed(DutchTime.today(clock)))
                        .toList());
        return "surveys/new";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Survey survey = surveys.withFreshRates(id);
        return detailPage(survey, model, new FieldErrors());
    }

    private String detailPage(Survey survey, Model model, FieldErrors errors) {
        Map<String, String> names = new HashMap<>();
        organisation.departments().forEach(d -> names.put(d.id().toString(), d.name()));
        model.addAttribute("survey", survey);
        model.addAttribute("status", survey.status(DutchTime.today(clock)));
        SurveyService.Detail detail = surveys.detail(survey);
        model.addAttribute("version", detail.version());
        model.addAttribute("departments", organisation.departments());
        model.addAttribute("departmentNames", names);
        model.addAttribute("rates", detail.rates());
        model.addAttribute("invited", detail.invited());
        model.addAttribute("links", detail.links());
        model.addAttribute("undelivered", detail.undelivered());
        model.addAttribute("errors", errors);
        return "surveys/detail";
    }

    @PostMapping("/{id}/invitations")
    String invite(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String emails,
            @RequestParam(defaultValue = "") String department,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Survey survey = surveys.get(id);
        List<String> addresses = SurveyForms.addresses(emails);
        FieldErrors errors = new FieldErrors();
        UUID departmentId = department(department);
        if (survey.isClosed(DutchTime.today(clock))) {
            errors.reject("emails", "surveys.invite.closed");
        } else if (addresses.isEmpty()) {
            errors.reject("emails", "surveys.invite.emails.required");
        } else if (addresses.size() > SurveyForms.MAX_ADDRESSES) {
            errors.reject("emails", "surveys.invite.emails.tooMany");
        } else if (SurveyForms.firstInvalid(addresses) != null) {
            errors.reject("emails", "surveys.invite.emails.invalid");
            model.addAttribute("invalidAddress", SurveyForms.firstInvalid(addresses));
        }
        if (!department.isBlank() && departmentId == null) {
            errors.reject("department", "surveys.invite.department.invalid");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("emailsValue", emails.length() > 20000 ? "" : emails);
            return detailPage(survey, model, errors);
        }
        int queued = surveys.invite(survey, addresses, departmentId, locale);
        redirect.addFlashAttribute("invitedNow", queued);
        return "redirect:/surveys/" + id;
    }

    @PostMapping("/{id}/links")
    String openLink(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String department,
            @RequestParam(defaultValue = "") String expectedSize,
            Model model) {
        Survey survey = surveys.get(id);
        UUID departmentId = department(department);
        Integer size = SurveyForms.integer(expectedSize);
        FieldErrors errors = new FieldErrors();
        if (!department.isBlank() && departmentId == null) {
            errors.reject("linkDepartment", "surveys.invite.department.invalid");
        }
        if (size == null || size > 100000) {
            errors.reject("expectedSize", "surveys.link.size.invalid");
        }
        if (errors.isEmpty() && surveys.openLinkExists(id, departmentId)) {
            errors.reject("linkDepartment", "surveys.link.exists");
        }
        if (!errors.isEmpty()) {
            return detailPage(survey, model, errors);
        }
        surveys.addOpenLink(id, departmentId, size);
        return "redirect:/surveys/" + id;
    }

    /** Closing cannot be undone: unconfirmed, an open survey gets the confirmation step; confirmed, it closes. */
    @PostMapping("/{id}/close")
    String close(
            @PathVariable UUID id,
            @RequestParam(name = Confirmation.PARAMETER, defaultValue = "false") boolean confirmed,
            Model model) {
        if (!confirmed) {
            SurveyService.Closing closing = surveys.closing(id);
            Survey survey = closing.survey();
            if (survey.isClosed(DutchTime.today(clock))) {
                return "redirect:/surveys/" + id;
            }
            return Confirmation.of("surveys.close.confirm.title", survey.title())
                    .consequence("surveys.close.confirm.links")
                    .consequence("surveys.close.confirm.responses", closing.responses())
                    .consequence(
                            closing.resultsShown() ? "surveys.close.confirm.results" : "surveys.close.confirm.too-few",
                            survey.minGroupSize())
                    .button("surveys.close.confirm.button")
                    .back("/surveys/" + id)
                    .show(model);
        }
        surveys.close(id);
        return "redirect:/surveys/" + id;
    }

    @GetMapping("/{id}/questionnaire")
    String questionnaire(@PathVariable UUID id, Model model) {
        Survey survey = surveys.get(id);
        model.addAttribute("survey", survey);
        model.addAttribute("version", surveys.version(survey.questionnaireId()));
        model.addAttribute("errors", new FieldErrors());
        return "surveys/questionnaire";
    }

    /** Saves edited wording (and which questions stay in) as a new version; the survey uses it from now on. */
    @PostMapping("/{id}/questionnaire")
    String saveQuestionnaire(@PathVariable UUID id, @RequestParam Map<String, String> fields, Model model) {
        Survey survey = surveys.get(id);
        if (survey.isClosed(DutchTime.today(clock))) {
            throw new NotFoundException("open survey", id);
        }
        Questionnaires.Version current = surveys.version(survey.questionnaireId());
        List<Question> next = new ArrayList<>();
        FieldErrors errors = new FieldErrors();
        for (Question q : current.questions()) {
            if (!fields.containsKey("keep_" + q.code())) {
                continue;
            }
            String text = fields.getOrDefault("text_" + q.code(), "").strip();
            if (text.length() < 5 || text.length() > 500) {
                errors.reject(q.code(), "surveys.questionnaire.text.length");
            }
            next.add(q.withText(text));
        }
        if (next.stream().noneMatch(Question::choice)) {
            errors.reject("questions", "surveys.questionnaire.empty");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("survey", survey);
            model.addAttribute("version", current);
            model.addAttribute("errors", errors);
            model.addAttribute("fields", fields);
            return "surveys/questionnaire";
        }
        surveys.newQuestionnaireVersion(survey, next);
        return "redirect:/surveys/" + id;
    }

    private UUID department(String raw) {
        try {
            return raw == null || raw.isBlank()
                    ? null
                    : organisation
                            .department(UUID.fromString(raw))
                            .map(Organisation.Department::id)
                            .orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
