package nl.weerbaar.surveys.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.Organisation;
import nl.weerbaar.platform.TenantContext;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo content for Voorbeeldstad: a closed 0-measurement and a closed 1-measurement with synthetic answers, so
 * that results, suppression ("Overig") and the comparison show. Runs after the platform's demo data; does nothing
 * when the demo surveys exist.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "weerbaar.demo.enabled", havingValue = "true")
class SurveysDemoData implements ApplicationRunner {

    static final String TITLE_1 = "Medewerkersenquête weerbaarheid 2026";
    static final String TITLE_0 = "Medewerkersenquête weerbaarheid 2025 (nulmeting)";

    /** Respondents per department code; small departments end up in "Overig". */
    private static final Map<String, Integer> SIZES =
            Map.of("BZ", 48, "VG", 31, "TH", 27, "SD", 40, "BEL", 14, "FIN", 7, "OOV", 6, "INK", 4);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Surveys surveys;
    private final Questionnaires questionnaires;
    private final Organisation organisation;
    private final JsonMapper json;
    private final Municipalities municipalities;
    private final Clock clock;

    SurveysDemoData(
            JdbcClient jdbc,
            TransactionTemplate tx,
            Surveys surveys,
            Questionnaires questionnaires,
            Organisation organisation,
            JsonMapper json,
            Municipalities municipalities,
            Clock clock) {
        this.clock = clock;
        this.municipalities = municipalities;
        this.jdbc = jdbc;
        this.tx = tx;
        this.surveys = surveys;
        this.questionnaires = questionnaires;
        this.organisation = organisation;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        UUID voorbeeldstad = municipalities.all().stream()
                .filter(m -> m.slug().equals("voorbeeldstad"))
                .map(Municipalities.Municipality::id)
                .findFirst()
                .orElse(null);
        if (voorbeeldstad == null) {
            return;
        }
        TenantContext.runAs(
                voorbeeldstad,
                () -> tx.executeWithoutResult(s -> {
                    if (surveys.all().stream().anyMatch(x -> x.title().equals(TITLE_1))) {
                        return;
                    }
                    Questionnaires.Version version = questionnaires.latest(Variant.CIVIL_SERVANT);
                    UUID baseline = surveys.create(
                            TITLE_0,
                            Variant.CIVIL_SERVANT,
                            version.id(),
                            DutchTime.today(clock).minusMonths(13),
                            DutchTime.today(clock).minusMonths(12),
                            10,
                            null);
                    fill(baseline, version, new Random(2025), 0.30);
                    UUID current = surveys.create(
                            TITLE_1,
                            Variant.CIVIL_SERVANT,
                            version.id(),
                            DutchTime.today(clock).minusWeeks(6),
                            DutchTime.today(clock).minusWeeks(3),
                            10,
                            baseline);
                    fill(current, version, new Random(2026), 0.45);
                }));
    }

    /** Synthetic answers: {@code awareness} raises the share that knows the rules (the 1-measurement improves). */
    void fill(UUID surveyId, Questionnaires.Version version, Random random, double awareness) {
        Map<String, UUID> departments = new java.util.HashMap<>();
        organisation.departments().forEach(d -> departments.put(d.code(), d.id()));
        Survey survey = surveys.get(surveyId);
        UUID tenant = TenantContext.require();
        SIZES.forEach((code, n) -> {
            UUID department = n >= survey.minGroupSize() ? departments.get(code) : null;
            for (int i = 0; i < n; i++) {
                Map<String, Integer> answers = new java.util.LinkedHashMap<>();
                for (Question q : version.questions()) {
                    if (q.choice()) {
                        answers.put(q.code(), pick(q, random, awareness, code));
                    }
                }
                jdbc.sql(
                                "INSERT INTO survey_response (id, tenant_id, survey_id, questionnaire_id, department_id, submitted_on,"
                                        + " answers) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)")
                        .params(
                                UUID.randomUUID(),
                                tenant,
                                surveyId,
                                version.id(),
                                department,
                                survey.closesOn().minusDays(random.nextInt(14)),
                                json.writeValueAsString(answers))
                        .update();
            }
        });
        jdbc.sql("INSERT INTO survey_comment (id, tenant_id, survey_id, question_code, body) VALUES (?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        tenant,
                        surveyId,
                        "SUGGESTION",
                        "Een vaste collega om mee te sparren na een lastig gesprek aan de balie.")
                .update();
    }

    private static int pick(Question q, Random random, double awareness, String department) {
        int size = q.options().size();
        if (q.code().startsWith("KNOWS")
                || q.code().equals("READY_TO_ACT")
                || q.code().equals("FEELS_SAFE")) {
            return random.nextDouble() < awareness + 0.2 ? 3 + random.nextInt(2) : random.nextInt(3);
        }
        if (q.code().endsWith("_12M")) {
            double exposed = List.of("BZ", "TH", "VG").contains(department) ? 0.45 : 0.15;
            return random.nextDouble() < exposed ? 1 + random.nextInt(3) : 0;
        }
        return random.nextInt(size);
    }
}
