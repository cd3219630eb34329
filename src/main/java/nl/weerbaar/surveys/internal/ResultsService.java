package nl.weerbaar.surveys.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.actions.ActionPlans;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes what may be shown of a survey's answers: shares per question and department with Wilson intervals,
 * under the group-size rule and complementary suppression ({@link Suppression}), next to the 0-measurement and
 * the benchmark of other municipalities.
 */
@Service
class ResultsService {

    /** Answers per department key (null: none), question code and option. */
    record Counts(Map<String, Long> respondents, Map<String, Map<String, Map<Integer, Long>>> answers) {}

    /** The results page: the results and, for the coordinator, the free-text comments as (question code, text). */
    record Page(Results results, List<String[]> comments) {}

    /** The PDF report of a closed survey. */
    record Report(Survey survey, byte[] pdf) {}

    private final JdbcClient jdbc;
    private final Surveys surveys;
    private final Questionnaires questionnaires;
    private final Organisation organisation;
    private final Benchmark benchmark;
    private final Upkeep upkeep;
    private final Clock clock;
    private final NamedComparison named;
    private final ReportPdf pdf;
    private final MessageSource messages;
    private final ObjectProvider<ActionPlans> actionPlans;
    private final AuditLog audit;

    ResultsService(
            JdbcClient jdbc,
            Surveys surveys,
            Questionnaires questionnaires,
            Organisation organisation,
            Benchmark benchmark,
            Upkeep upkeep,
            Clock clock,
            NamedComparison named,
            ReportPdf pdf,
            MessageSource messages,
            ObjectProvider<ActionPlans> actionPlans,
            AuditLog audit) {
        this.clock = clock;
        this.upkeep = upkeep;
        this.named = named;
        this.pdf = pdf;
        this.messages = messages;
        this.actionPlans = actionPlans;
        this.audit = audit;
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.questionnaires = questionnaires;
        this.organisation = organisation;
        this.benchmark = benchmark;
    }

    /** The survey {@code id} once it is closed, with its summary made for the benchmark; not found while open. */
    Survey closed(UUID id) {
        Survey survey = surveys.get(id);
        if (!survey.isClosed(DutchTime.today(clock))) {
            throw new ResultsNotYetException(survey);
        }
        upkeep.summarise(survey);
        return survey;
    }

    /**
     * The results page of a closed survey, read in one transaction with its audit entries; the comments only when
     * {@code withComments} and the survey had enough respondents.
     */
    @Transactional
    Page page(UUID id, String department, boolean withComments) {
        Survey survey = closed(id);
        Results r = results(survey, department);
        audit.read("survey-results", id, "survey results");
        boolean comments = withComments && r.enough();
        List<String[]> text = comments ? surveys.comments(id) : List.of();
        if (comments) {
            audit.read("survey-comments", id, "free text of survey");
        }
        return new Page(r, text);
    }

    /** The PDF report of a closed survey, recorded as an export. */
    @Transactional
    Report report(UUID id, Locale locale) {
        Survey survey = closed(id);
        byte[] body = pdf.render(results(survey, null), locale);
        audit.record(AuditLog.Action.EXPORT, "survey-results", id, "PDF report");
        return new Report(survey, body);
    }

    /** The comparison of a closed survey with other municipalities, read in one transaction with its audit entry. */
    @Transactional
    Comparison comparison(UUID id) {
        Survey survey = closed(id);
        Results r = results(survey, null);
        audit.read("survey-results", id, "survey comparison with other municipalities");
        return Comparison.of(r, r.enough() ? named.others(survey.variant(), survey.minGroupSize()) : List.of());
    }

    /** Creates an action in the action plan from the result of one question; returns its id. */
    @Transactional
    UUID createAction(UUID id, String question, Locale locale) {
        Survey survey = closed(id);
        Results.Row row = results(survey, null).rows().stream()
                .filter(x -> x.question().code().equals(question) && x.total() != null)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("survey question", question));
        ActionPlans plans = actionPlans.getIfAvailable();
        if (plans == null) {
            throw new NotFoundException("action plan", id);
        }
        String title = messages.getMessage("surveys.action.title", new Object[] {survey.title()}, locale);
        String description = messages.getMessage(
                "surveys.action.description",
                new Object[] {
                    row.question().text(),
                    row.total().percent(),
                    row.total().lowPercent(),
                    row.total().highPercent(),
                    row.total().n()
                },
                locale);
        return plans.create(new ActionPlans.NewAction(
                title.length() > 200 ? title.substring(0, 200) : title,
                description,
                "surveys",
                id + "#" + question,
                null,
                null,
                ActionPlans.Priority.MEDIUM));
    }

    /** The results of {@code survey}; {@code department} (may be null) selects the group for the distributions. */
    @Transactional
    Results results(Survey survey, String department) {
        Counts counts = counts(survey);
        int k = survey.minGroupSize();
        Map<String, String> shownAs = Suppression.merge(counts.respondents(), k);
        long respondents = counts.respondents().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        if (shownAs.isEmpty()) {
            return new Results(survey, false, respondents, List.of(), List.of(), null, 0, false);
        }
        List<Results.Group> groups = groups(counts.respondents(), shownAs);
        String selected = department == null || department.isBlank()
                ? null
                : shownAs.getOrDefault(
                        department, groups.stream().anyMatch(g -> g.key().equals(department)) ? department : null);
        Map<String, Share> baseline =
                survey.baselineSurveyId() == null ? Map.of() : totals(surveys.get(survey.baselineSurveyId()));
        Benchmark.Figures bench = benchmark.figures(survey.variant(), k);
        List<Results.Row> rows = new ArrayList<>();
        for (Question q : questions(survey)) {
            if (!q.choice()) {
                rows.add(new Results.Row(q, Map.of(), null, null, null, null));
                continue;
            }
            Map<String, Map<Integer, Long>> perGroup = new LinkedHashMap<>();
            counts.answers().getOrDefault(q.code(), Map.of()).forEach((dep, values) -> {
                Map<Integer, Long> target = perGroup.computeIfAbsent(shownAs.get(dep), x -> new HashMap<>());
                values.forEach((v, n) -> target.merge(v, n, Long::sum));
            });
            Map<String, Long> answered = new LinkedHashMap<>();
            groups.forEach(g -> answered.put(g.key(), sum(perGroup.get(g.key()), null)));
            Set<String> hidden = Suppression.hiddenCells(answered, k);
            Map<String, Share> cells = new LinkedHashMap<>();
            Map<Integer, Long> all = new HashMap<>();
            perGroup.values().forEach(m -> m.forEach((v, n) -> all.merge(v, n, Long::sum)));
            for (Results.Group g : groups) {
                if (!hidden.contains(g.key())) {
                    cells.put(g.key(), share(q, perGroup.get(g.key())));
                }
            }
            long totalAnswered = sum(all, null);
            Share total = totalAnswered >= k ? share(q, all) : null;
            List<Long> distribution = null;
            Map<Integer, Long> source = selected == null
                    ? (total == null ? null : all)
                    : hidden.contains(selected) ? null : perGroup.get(selected);
            if (source != null) {
                distribution = new ArrayList<>();
                for (int i = 0; i < q.options().size(); i++) {
                    distribution.add(source.getOrDefault(i, 0L));
                }
            }
            rows.add(new Results.Row(q, cells, total, baseline.get(q.code()), bench.share(q), distribution));
        }
        return new Results(
                survey,
                true,
                respondents,
                groups,
                rows,
                selected,
                bench.municipalities(),
                survey.baselineSurveyId() != null);
    }

    /** Headline share per question code over the whole survey, only when it reaches the group size. */
    Map<String, Share> totals(Survey survey) {
        Counts counts = counts(survey);
        Map<String, Share> totals = new HashMap<>();
        if (Suppression.merge(counts.respondents(), survey.minGroupSize()).isEmpty()) {
            return totals;
        }
        for (Question q : questions(survey)) {
            Map<Integer, Long> all = new HashMap<>();
            counts.answers()
                    .getOrDefault(q.code(), Map.of())
                    .values()
                    .forEach(m -> m.forEach((v, n) -> all.merge(v, n, Long::sum)));
            if (q.choice() && sum(all, null) >= survey.minGroupSize()) {
                totals.put(q.code(), share(q, all));
            }
        }
        return totals;
    }

    /** All questions the survey asked, in the order of its newest version, then those only in older versions. */
    List<Question> questions(Survey survey) {
        Map<String, Question> byCode = new LinkedHashMap<>();
        List<UUID> versions = new ArrayList<>(surveys.versions(survey.id()));
        java.util.Collections.reverse(versions);
        for (UUID id : versions) {
            questionnaires.byId(id).questions().forEach(q -> byCode.putIfAbsent(q.code(), q));
        }
        return List.copyOf(byCode.values());
    }

    /**
     * The counts of a survey: of a closed survey from its tally (made on first use), of an open one from the answers.
     */
    Counts counts(Survey survey) {
        upkeep.tally(survey);
        boolean closed = survey.isClosed(DutchTime.today(clock));
        Map<String, Long> respondents = new LinkedHashMap<>();
        Map<String, Map<String, Map<Integer, Long>>> answers = new HashMap<>();
        String sql = closed
                ? "SELECT department_id::text AS d, question_code AS q, value AS v, n FROM survey_tally WHERE survey_id = ?"
                : """
          SELECT r.department_id::text AS d, e.key AS q, e.value::int AS v, count(*) AS n
            FROM survey_response r CROSS JOIN LATERAL jsonb_each_text(r.answers) e
           WHERE r.survey_id = ? GROUP BY 1, 2, 3
          UNION ALL
          SELECT department_id::text, '_n', 0, count(*) FROM survey_response WHERE survey_id = ? GROUP BY 1""";
        var statement = jdbc.sql(sql).param(survey.id());
        if (!closed) {
            statement = statement.param(survey.id());
        }
        statement.query(rs -> {
            if (rs.getString("q").equals("_n")) {
                respondents.put(rs.getString("d"), rs.getLong("n"));
            } else {
                answers.computeIfAbsent(rs.getString("q"), x -> new HashMap<>())
                        .computeIfAbsent(rs.getString("d"), x -> new HashMap<>())
                        .put(rs.getInt("v"), rs.getLong("n"));
            }
        });
        return new Counts(respondents, answers);
    }

    private List<Results.Group> groups(Map<String, Long> respondents, Map<String, String> shownAs) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        respondents.forEach((dep, n) -> sizes.merge(shownAs.get(dep), n, Long::sum));
        Map<String, String> names = new HashMap<>();
        organisation.departments().forEach(d -> names.put(d.id().toString(), d.name()));
        List<Results.Group> groups = new ArrayList<>();
        sizes.forEach((key, n) -> {
            if (!key.equals(Suppression.OTHER)) {
                groups.add(new Results.Group(key, names.getOrDefault(key, key), n));
            }
        });
        groups.sort(java.util.Comparator.comparing(Results.Group::label));
        if (sizes.containsKey(Suppression.OTHER)) {
            groups.add(new Results.Group(Suppression.OTHER, null, sizes.get(Suppression.OTHER)));
        }
        return groups;
    }

    static Share share(Question q, Map<Integer, Long> values) {
        return Share.of(sum(values, q.indicator()), sum(values, null));
    }

    private static long sum(Map<Integer, Long> values, List<Integer> only) {
        if (values == null) {
            return 0;
        }
        return values.entrySet().stream()
                .filter(e -> only == null || only.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
