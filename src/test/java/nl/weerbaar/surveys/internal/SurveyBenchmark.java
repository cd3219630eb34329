package nl.weerbaar.surveys.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.weerbaar.WeerbaarApplication;
import nl.weerbaar.platform.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, run on purpose by {@code bench/surveys/run.sh} (not part of {@code verify}): 200,000 responses over
 * 60 municipalities that opted in (one large one with 20,000), then the time of the results per department of
 * the large municipality and of the benchmark aggregate. Data are generated once into database
 * {@code weerbaar_bench_surveys} and reused by later runs.
 */
public final class SurveyBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(SurveyBenchmark.class);
    private static final int TOTAL = 200_000;
    private static final int LARGEST = 20_000;
    private static final int MUNICIPALITIES = 60;
    private static final int DEPARTMENTS = 12;
    private static final int RUNS = 7;

    private SurveyBenchmark() {}

    public static void main(String[] args) {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(WeerbaarApplication.class)
                .run(
                        "--server.port=0",
                        "--weerbaar.db.name=weerbaar_bench_surveys",
                        "--weerbaar.demo.enabled=true",
                        "--logging.structured.format.console=",
                        "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            List<UUID> tenants = ensureData(ctx, jdbc);
            UUID large = tenants.get(0);
            Surveys surveys = ctx.getBean(Surveys.class);
            ResultsService results = ctx.getBean(ResultsService.class);
            Benchmark benchmark = ctx.getBean(Benchmark.class);
            Survey survey = TenantContext.callAs(large, () -> surveys.all().get(0));
            long responses = tenants.stream()
                    .mapToLong(t -> TenantContext.callAs(
                            t,
                            () -> jdbc.sql("SELECT count(*) FROM survey_response")
                                    .query(Long.class)
                                    .single()))
                    .sum();
            long firstView = TenantContext.callAs(large, () -> {
                jdbc.sql("DELETE FROM survey_tally WHERE survey_id = ?")
                        .param(survey.id())
                        .update();
                long t0 = System.nanoTime();
                results.results(survey, null);
                return (System.nanoTime() - t0) / 1_000_000;
            });
            long[] resultTimes = time(() -> TenantContext.callAs(large, () -> results.results(survey, null)));
            long[] benchTimes =
                    time(() -> TenantContext.callAs(large, () -> benchmark.figures(Variant.CIVIL_SERVANT, 10)));
            Results r = TenantContext.callAs(large, () -> results.results(survey, null));
            Benchmark.Figures f = TenantContext.callAs(large, () -> benchmark.figures(Variant.CIVIL_SERVANT, 10));
            String plan = TenantContext.callAs(
                    large,
                    () -> jdbc
                            .sql(
                                    "EXPLAIN (ANALYZE, BUFFERS, FORMAT TEXT) "
                                            + "SELECT department_id::text AS d, question_code AS q, value AS v, n FROM survey_tally WHERE survey_id = ?")
                            .param(survey.id())
                            .query(String.class)
                            .list()
                            .stream()
                            .collect(Collectors.joining("\n")));
            String report = String.format(
                    Locale.ROOT,
                    """
          responses in database: %d over %d municipalities; largest municipality: %d respondents in %d groups
          first view after closing (counts the answers once into the tally), ms: %d
          results per department (largest municipality), ms over %d runs: median %d, max %d
          benchmark aggregate (%d other municipalities pooled), ms over %d runs: median %d, max %d
          plan of the per-department read (tally):
          %s""",
                    responses,
                    tenants.size(),
                    r.respondents(),
                    r.groups().size(),
                    firstView,
                    RUNS,
                    resultTimes[0],
                    resultTimes[1],
                    f.municipalities(),
                    RUNS,
                    benchTimes[0],
                    benchTimes[1],
                    plan);
            LOG.warn("\n{}", report);
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "survey-benchmark.txt"), report);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Median and maximum in milliseconds of {@link #RUNS} runs after two warm-up runs. */
    private static long[] time(Runnable work) {
        work.run();
        work.run();
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(ms);
        return new long[] {ms[RUNS / 2], ms[RUNS - 1]};
    }

    private static List<UUID> ensureData(ConfigurableApplicationContext ctx, JdbcClient jdbc) {
        List<UUID> existing = jdbc.sql("SELECT id FROM municipality WHERE slug LIKE 'bench-%' ORDER BY slug")
                .query(UUID.class)
                .list();
        if (existing.size() == MUNICIPALITIES) {
            return existing;
        }
        Surveys surveys = ctx.getBean(Surveys.class);
        Questionnaires questionnaires = ctx.getBean(Questionnaires.class);
        Upkeep upkeep = ctx.getBean(Upkeep.class);
        List<UUID> tenants = new ArrayList<>();
        int rest = (TOTAL - LARGEST) / (MUNICIPALITIES - 1);
        for (int m = 0; m < MUNICIPALITIES; m++) {
            UUID id = UUID.randomUUID();
            String slug = String.format(Locale.ROOT, "bench-%02d", m);
            jdbc.sql("SELECT platform_create_municipality(?, ?, ?, false)")
                    .params(id, slug, "Benchgemeente " + m)
                    .query()
                    .singleRow();
            jdbc.sql("UPDATE municipality SET benchmark_opt_in = true WHERE id = ?")
                    .param(id)
                    .update();
            int n = m == 0 ? LARGEST : m == 1 ? TOTAL - LARGEST - rest * (MUNICIPALITIES - 2) : rest;
            TenantContext.runAs(id, () -> {
                List<String> departments = new ArrayList<>();
                for (int d = 0; d < DEPARTMENTS; d++) {
                    UUID dep = UUID.randomUUID();
                    jdbc.sql("INSERT INTO department (id, tenant_id, code, name) VALUES (?, ?, ?, ?)")
                            .params(dep, id, "D" + d, "Afdeling " + d)
                            .update();
                    departments.add("'" + dep + "'");
                }
                Questionnaires.Version version = questionnaires.latest(Variant.CIVIL_SERVANT);
                LocalDate closes = LocalDate.now().minusDays(10);
                UUID survey = surveys.create(
                        "Bench", Variant.CIVIL_SERVANT, version.id(), closes.minusDays(21), closes, 10, null);
                String answers = version.questions().stream()
                        .filter(Question::choice)
                        .map(q -> "'" + q.code() + "', floor(random() * "
                                + q.options().size() + ")::int")
                        .collect(Collectors.joining(", "));
                // department sizes are skewed: the first departments are large, the last ones small
                jdbc.sql(
                                "INSERT INTO survey_response (id, tenant_id, survey_id, questionnaire_id, department_id, submitted_on,"
                                        + " answers) SELECT gen_random_uuid(), ?, ?, ?, (ARRAY["
                                        + String.join(",", departments)
                                        + "]::uuid[])[1 + floor(power(random(), 3) * " + DEPARTMENTS
                                        + ")::int], ?, jsonb_build_object(" + answers + ")"
                                        + " FROM generate_series(1, ?) g")
                        .params(id, survey, version.id(), closes, n)
                        .update();
                upkeep.summarise(surveys.get(survey));
            });
            tenants.add(id);
        }
        jdbc.sql("ANALYZE").update();
        return tenants;
    }
}
