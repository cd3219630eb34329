package nl.weerbaar.surveys.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Notifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's work on surveys: create, invite, open links, close and new questionnaire versions. One
 * transaction per call, each change in the audit log within it.
 */
@Service
class SurveyService {

    /** What the detail page of a survey shows besides the survey. */
    record Detail(
            Questionnaires.Version version,
            List<Upkeep.Rate> rates,
            int invited,
            List<String[]> links,
            Notifier.Undelivered undelivered) {}

    private final Surveys surveys;
    private final Questionnaires questionnaires;
    private final Invitations invitations;
    private final Upkeep upkeep;
    private final AuditLog audit;
    private final Clock clock;

    SurveyService(
            Surveys surveys,
            Questionnaires questionnaires,
            Invitations invitations,
            Upkeep upkeep,
            AuditLog audit,
            Clock clock) {
        this.clock = clock;
        this.surveys = surveys;
        this.questionnaires = questionnaires;
        this.invitations = invitations;
        this.upkeep = upkeep;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<Survey> all() {
        return surveys.all();
    }

    /** The survey; {@link NotFoundException} for an unknown one. */
    @Transactional(readOnly = true)
    Survey get(UUID id) {
        return surveys.get(id);
    }

    /** The survey, with its response rates brought up to date while it is open. */
    @Transactional
    Survey withFreshRates(UUID id) {
        Survey survey = surveys.get(id);
        if (survey.isOpen(DutchTime.today(clock))) {
            upkeep.refreshRates(survey);
        }
        return survey;
    }

    @Transactional(readOnly = true)
    Detail detail(Survey survey) {
        int[] totals = {0, 0};
        invitations.countsPerDepartment(survey.id()).values().forEach(c -> {
            totals[0] += c[0];
            totals[1] += c[1];
        });
        return new Detail(
                questionnaires.byId(survey.questionnaireId()),
                upkeep.rates(survey.id()),
                totals[0],
                surveys.openLinks(survey.id()),
                invitations.undelivered(survey.id()));
    }

    @Transactional(readOnly = true)
    Questionnaires.Version version(UUID questionnaireId) {
        return questionnaires.byId(questionnaireId);
    }

    /** Creates a survey with the newest questionnaire of its variant. */
    @Transactional
    UUID create(String title, Variant variant, LocalDate opensOn, LocalDate closesOn, int minGroupSize, UUID baseline) {
        UUID id = surveys.create(
                title, variant, questionnaires.latest(variant).id(), opensOn, closesOn, minGroupSize, baseline);
        audit.record(AuditLog.Action.CREATE, "survey", id, "survey created");
        return id;
    }

    /** Invites the addresses not yet invited and queues their mails; returns how many were new. */
    @Transactional
    int invite(Survey survey, List<String> addresses, UUID departmentId, Locale locale) {
        int sent = invitations.invite(survey, addresses, departmentId, locale);
        audit.record(AuditLog.Action.CREATE, "survey-invitation", survey.id(), "invitations queued: " + sent);
        return sent;
    }

    @Transactional(readOnly = true)
    boolean openLinkExists(UUID surveyId, UUID departmentId) {
        return surveys.openLinkExists(surveyId, departmentId);
    }

    @Transactional
    void addOpenLink(UUID surveyId, UUID departmentId, int expectedSize) {
        surveys.addOpenLink(surveyId, departmentId, Tokens.newCode(16), expectedSize);
        audit.record(AuditLog.Action.CREATE, "survey-open-link", surveyId, "open link created");
    }

    /** A survey before closing, with the number of responses so far. */
    record Closing(Survey survey, long responses) {
        /** Whether the results will be shown: enough responses for the survey's smallest group. */
        boolean resultsShown() {
            return responses >= survey.minGroupSize();
        }
    }

    /** What closing {@code id} would mean, for the confirmation step; changes nothing. */
    @Transactional(readOnly = true)
    Closing closing(UUID id) {
        Survey survey = surveys.get(id);
        return new Closing(survey, surveys.responses(id));
    }

    /** Closes the survey as of yesterday (or its first day, when it opened today). */
    @Transactional
    void close(UUID id) {
        Survey survey = surveys.get(id);
        surveys.close(
                survey.id(),
                DutchTime.today(clock).minusDays(1).isBefore(survey.opensOn())
                        ? survey.opensOn()
                        : DutchTime.today(clock).minusDays(1));
        audit.record(AuditLog.Action.UPDATE, "survey", id, "survey closed");
    }

    /** Saves the questions as a new version of the questionnaire; the survey uses it from now on. */
    @Transactional
    void newQuestionnaireVersion(Survey survey, List<Question> questions) {
        Questionnaires.Version version = questionnaires.newVersion(survey.variant(), questions);
        surveys.useVersion(survey.id(), version.id());
        audit.record(
                AuditLog.Action.UPDATE,
                "survey-questionnaire",
                version.id(),
                "questionnaire version " + version.version());
    }
}
