package nl.weerbaar.surveys.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.FieldErrors;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The anonymous side: resolves a token or open-link code (through the owner functions, as the respondent has
 * no municipality yet), then works in the survey's municipality. A submission marks the token used and stores
 * the answers in one transaction, with nothing that links the two.
 */
@Service
class Respondents {

    enum State {
        OK,
        UNKNOWN,
        USED,
        EXPIRED,
        NOT_OPEN_YET,
        CLOSED,
        INVALID
    }

    /** The form to show, or why there is none. */
    record Form(State state, Survey survey, Questionnaires.Version version) {}

    /** The outcome of a submission; {@code errors} maps a question code to a message key. */
    record Outcome(State state, FieldErrors errors) {}

    static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Surveys surveys;
    private final Questionnaires questionnaires;
    private final JsonMapper json;
    private final Clock clock;

    Respondents(
            JdbcClient jdbc,
            TransactionTemplate tx,
            Surveys surveys,
            Questionnaires questionnaires,
            JsonMapper json,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.tx = tx;
        this.surveys = surveys;
        this.questionnaires = questionnaires;
        this.json = json;
    }

    Optional<Access> byToken(String token) {
        if (!Tokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        return jdbc.sql("SELECT tenant_id, survey_id FROM survey_resolve_token(?)")
                .param(hash)
                .query((rs, i) -> new Access(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), hash, null))
                .optional();
    }

    Optional<Access> byLink(String code) {
        if (!Tokens.looksLikeCode(code)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT tenant_id, survey_id FROM survey_resolve_open_link(?)")
                .param(code)
                .query((rs, i) -> new Access(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), null, code))
                .optional();
    }

    Form form(Access access) {
        return TenantContext.callAs(
                access.tenantId(),
                () -> tx.execute(s -> {
                    Survey survey = surveys.get(access.surveyId());
                    State state = check(access, survey);
                    return new Form(
                            state, survey, state == State.OK ? questionnaires.byId(survey.questionnaireId()) : null);
                }));
    }

    /**
     * Validates and stores the answers given in questionnaire version {@code questionnaireId} (which must be one the
     * survey used). {@code fields} holds {@code q_<code>} per question.
     */
    Outcome submit(Access access, UUID questionnaireId, Map<String, String> fields) {
        return TenantContext.callAs(
                access.tenantId(),
                () -> tx.execute(s -> {
                    Survey survey = surveys.get(access.surveyId());
                    State state = check(access, survey);
                    if (state != State.OK) {
                        return new Outcome(state, new FieldErrors());
                    }
                    UUID versionId = questionnaireId != null && surveys.usesVersion(survey.id(), questionnaireId)
                            ? questionnaireId
                            : survey.questionnaireId();
                    Questionnaires.Version version = questionnaires.byId(versionId);
                    Map<String, Integer> answers = new LinkedHashMap<>();
                    Map<String, String> texts = new LinkedHashMap<>();
                    FieldErrors errors = Answers.parse(version, fields, answers, texts);
                    if (!errors.isEmpty()) {
                        return new Outcome(State.INVALID, errors);
                    }
                    UUID department = access.personal() ? useToken(access, survey) : useLink(access, survey);
                    if (department == NONE_LEFT) {
                        return new Outcome(State.USED, new FieldErrors());
                    }
                    UUID tenant = access.tenantId();
                    jdbc.sql(
                                    "INSERT INTO survey_response (id, tenant_id, survey_id, questionnaire_id, department_id, submitted_on,"
                                            + " answers) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)")
                            .params(
                                    UUID.randomUUID(),
                                    tenant,
                                    survey.id(),
                                    version.id(),
                                    department,
                                    DutchTime.today(clock),
                                    json.writeValueAsString(answers))
                            .update();
                    texts.forEach((code, text) -> jdbc.sql(
                                    "INSERT INTO survey_comment (id, tenant_id, survey_id, question_code, body)"
                                            + " VALUES (?, ?, ?, ?, ?)")
                            .params(UUID.randomUUID(), tenant, survey.id(), code, text)
                            .update());
                    return new Outcome(State.OK, new FieldErrors());
                }));
    }

    /** A version the survey used, for showing a form again in the version it was given in. */
    Optional<Questionnaires.Version> version(Access access, UUID questionnaireId) {
        return TenantContext.callAs(
                access.tenantId(),
                () -> surveys.usesVersion(access.surveyId(), questionnaireId)
                        ? Optional.of(questionnaires.byId(questionnaireId))
                        : Optional.empty());
    }

    private static final UUID NONE_LEFT = new UUID(0, 0);
    private static final UUID NO_DEPARTMENT = new UUID(0, 1);

    /** Marks the token used; the department is kept only when the survey invited enough people of it. */
    private UUID useToken(Access access, Survey survey) {
        Optional<UUID> invitation = jdbc.sql(
                        "UPDATE survey_invitation SET used = true WHERE token_hash = ? AND NOT used"
                                + " AND expires_on >= ? RETURNING coalesce(department_id, '00000000-0000-0000-0000-000000000000'::uuid)")
                .params(access.tokenHash(), DutchTime.today(clock))
                .query(UUID.class)
                .optional();
        if (invitation.isEmpty()) {
            return NONE_LEFT;
        }
        UUID department = invitation.get();
        if (department.equals(NONE_LEFT)) {
            return null;
        }
        int invited = jdbc.sql("SELECT count(*) FROM survey_invitation WHERE survey_id = ? AND department_id = ?")
                .params(survey.id(), department)
                .query(Integer.class)
                .single();
        return invited >= survey.minGroupSize() ? department : null;
    }

    /** Counts the submission on the link; the department is kept only when the link's group is large enough. */
    private UUID useLink(Access access, Survey survey) {
        UUID department = jdbc.sql(
                        "UPDATE survey_open_link SET responses = responses + 1 WHERE code = ? RETURNING "
                                + "coalesce(CASE WHEN expected_size >= ? THEN department_id END, '00000000-0000-0000-0000-000000000001')")
                .params(access.linkCode(), survey.minGroupSize())
                .query(UUID.class)
                .optional()
                .orElse(NONE_LEFT);
        return department.equals(NO_DEPARTMENT) ? null : department;
    }

    private State check(Access access, Survey survey) {
        if (survey.isClosed(DutchTime.today(clock))) {
            return State.CLOSED;
        }
        if (!survey.isOpen(DutchTime.today(clock))) {
            return State.NOT_OPEN_YET;
        }
        if (access.personal()) {
            return jdbc.sql("SELECT used, expires_on < ? AS expired FROM survey_invitation WHERE token_hash = ?")
                    .params(DutchTime.today(clock), access.tokenHash())
                    .query((rs, i) ->
                            rs.getBoolean("used") ? State.USED : rs.getBoolean("expired") ? State.EXPIRED : State.OK)
                    .optional()
                    .orElse(State.UNKNOWN);
        }
        return State.OK;
    }
}
