package nl.weerbaar.surveys.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.Role;
import nl.weerbaar.platform.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

    private final Surveys surveys;
    private final Questionnaires questionnaires;
    private final Invitations invitations;
    private final Upkeep upkeep;
    private final Organisation organisation;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final int defaultGroupSize;
    private final Clock clock;

    SurveyController(
            Surveys surveys,
            Questionnaires questionnaires,
            Invitations invitations,
            Upkeep upkeep,
            Organisation organisation,
            AuditLog audit,
            JdbcClient jdbc,
            @Value("${weerbaar.surveys.min-group-size:10}") int defaultGroupSize,
            Clock clock) {
        this.clock = clock;
        this.surveys = surveys;
        this.questionnaires = questionnaires;
        this.invitations = invitations;
        this.upkeep = upkeep;
        this.organisation = organisation;
        this.audit = audit;
        this.jdbc = jdbc;
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
    @Transactional
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
                questionnaires.latest(variant).id(),
                SurveyForms.date(form.opensOn()),
                SurveyForms.date(form.closesOn()),
                SurveyForms.integer(form.minGroupSize()),
                baseline);
        audit.record(AuditLog.Action.CREATE, "survey", id, "survey created");
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
        Survey survey = surveys.get(id);
        if (survey.isOpen(DutchTime.today(clock))) {
            upkeep.refreshRates(survey);
        }
        return detailPage(survey, model, new FieldErrors());
    }

    private String detailPage(Survey survey, Model model, FieldErrors errors) {
        Map<String, String> names = new HashMap<>();
        organisation.departments().forEach(d -> names.put(d.id().toString(), d.name()));
        model.addAttribute("survey", survey);
        model.addAttribute("status", survey.status(DutchTime.today(clock)));
        model.addAttribute("version", questionnaires.byId(survey.questionnaireId()));
        model.addAttribute("departments", organisation.departments());
        model.addAttribute("departmentNames", names);
        model.addAttribute("rates", upkeep.rates(survey.id()));
        int[] totals = {0, 0};
        invitations.countsPerDepartment(survey.id()).values().forEach(c -> {
            totals[0] += c[0];
            totals[1] += c[1];
        });
        model.addAttribute("invited", totals[0]);
        model.addAttribute(
                "links",
                jdbc.sql("SELECT department_id::text AS d, code, expected_size FROM survey_open_link "
                                + "WHERE survey_id = ? ORDER BY code")
                        .param(survey.id())
                        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                        .list());
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
        int sent = invitations.invite(survey, addresses, departmentId, locale);
        audit.record(AuditLog.Action.CREATE, "survey-invitation", id, "invitations sent: " + sent);
        redirect.addFlashAttribute("invitedNow", sent);
        return "redirect:/surveys/" + id;
    }

    @PostMapping("/{id}/links")
    @Transactional
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
        if (errors.isEmpty()
                && jdbc.sql("SELECT EXISTS (SELECT 1 FROM survey_open_link WHERE survey_id = ? AND "
                                + "department_id IS NOT DISTINCT FROM ?)")
                        .params(id, departmentId)
                        .query(Boolean.class)
                        .single()) {
            errors.reject("linkDepartment", "surveys.link.exists");
        }
        if (!errors.isEmpty()) {
            return detailPage(survey, model, errors);
        }
        jdbc.sql("INSERT INTO survey_open_link (id, tenant_id, survey_id, department_id, code, expected_size) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), TenantContext.require(), id, departmentId, Tokens.newCode(16), size)
                .update();
        audit.record(AuditLog.Action.CREATE, "survey-open-link", id, "open link created");
        return "redirect:/surveys/" + id;
    }

    @PostMapping("/{id}/close")
    @Transactional
    String close(@PathVariable UUID id) {
        Survey survey = surveys.get(id);
        surveys.close(
                survey.id(),
                DutchTime.today(clock).minusDays(1).isBefore(survey.opensOn())
                        ? survey.opensOn()
                        : DutchTime.today(clock).minusDays(1));
        audit.record(AuditLog.Action.UPDATE, "survey", id, "survey closed");
        return "redirect:/surveys/" + id;
    }

    @GetMapping("/{id}/questionnaire")
    String questionnaire(@PathVariable UUID id, Model model) {
        Survey survey = surveys.get(id);
        model.addAttribute("survey", survey);
        model.addAttribute("version", questionnaires.byId(survey.questionnaireId()));
        model.addAttribute("errors", Map.of());
        return "surveys/questionnaire";
    }

    /** Saves edited wording (and which questions stay in) as a new version; the survey uses it from now on. */
    @PostMapping("/{id}/questionnaire")
    @Transactional
    String saveQuestionnaire(@PathVariable UUID id, @RequestParam Map<String, String> fields, Model model) {
        Survey survey = surveys.get(id);
        if (survey.isClosed(DutchTime.today(clock))) {
            throw new NotFoundException("open survey", id);
        }
        Questionnaires.Version current = questionnaires.byId(survey.questionnaireId());
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
        Questionnaires.Version version = questionnaires.newVersion(survey.variant(), next);
        surveys.useVersion(id, version.id());
        audit.record(
                AuditLog.Action.UPDATE,
                "survey-questionnaire",
                version.id(),
                "questionnaire version " + version.version());
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
