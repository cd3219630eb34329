package nl.weerbaar.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.incidents.DemoIncidents;
import nl.weerbaar.platform.DemoStory;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo story, told into the test database inside a transaction that is rolled back (every other test keeps the
 * demo as it was): deterministic, two years of incidents with a season and the drop after the counter's measure,
 * three more municipalities in both comparisons, suppression in the surveys, actions in every state, 0 and 1.
 */
class DemoStoryIT extends IntegrationTest {

    /** The story's incidents of Voorbeeldstad when told on 7 December 2026. */
    static final int VOORBEELDSTAD_ON_7_DECEMBER_2026 = 542;

    @Autowired
    DemoStoryRunner runner;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theStoryIsTheSameEveryTime() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        List<DemoIncidents.Incident> once = DemoIncidents.of(DemoStory.VOORBEELDSTAD, day, DutchTime.ZONE);
        assertThat(DemoIncidents.of(DemoStory.VOORBEELDSTAD, day, DutchTime.ZONE))
                .isEqualTo(once);
        assertThat(once).hasSize(VOORBEELDSTAD_ON_7_DECEMBER_2026);
        assertThat(DemoIncidents.of(UUID.randomUUID(), day, DutchTime.ZONE)).isEmpty();
    }

    @Test
    void theStoryShowsASeasonTheMeasureTheBenchmarkAndSuppression() {
        assertThat(runner.told()).isFalse();
        LocalDate today = DutchTime.today(clock);
        List<DemoIncidents.Incident> story = DemoIncidents.of(DemoStory.VOORBEELDSTAD, today, DutchTime.ZONE);
        long start = System.nanoTime();
        tx.executeWithoutResult(status -> {
            runner.tell();
            System.out.printf("Demo story told in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            assertThat(runner.told()).isTrue();

            // every incident of the story is a case of Voorbeeldstad, with its seven steps
            String ids = "SELECT count(*) FROM %s WHERE %s = ANY (CAST(? AS uuid[]))";
            Object idArray = story.stream().map(x -> x.id().toString()).toArray(String[]::new);
            assertThat(count(DemoStory.VOORBEELDSTAD, ids.formatted("incident", "id"), idArray))
                    .isEqualTo(story.size());
            assertThat(count(
                            DemoStory.VOORBEELDSTAD,
                            "SELECT count(DISTINCT case_number) FROM incident WHERE id = ANY (CAST(? AS uuid[]))",
                            idArray))
                    .as("every case has a number of its own")
                    .isEqualTo(story.size());
            assertThat(count(DemoStory.VOORBEELDSTAD, ids.formatted("incident_step", "incident_id"), idArray))
                    .isEqualTo(story.size() * 7L);
            assertThat(count(DemoStory.VOORBEELDSTAD, ids.formatted("insights_incident", "incident_id"), idArray))
                    .as("the analyses count the same incidents")
                    .isEqualTo(story.size());

            // a season: the winter months busier than the summer months
            long winter =
                    story.stream().filter(x -> month(x) == 1 || month(x) == 12).count();
            long summer =
                    story.stream().filter(x -> month(x) == 7 || month(x) == 8).count();
            assertThat(winter).isGreaterThan(summer * 3 / 2);

            // the measure at the counter of Burgerzaken: fewer incidents there per month after than before
            LocalDate measure = today.minusMonths(DemoIncidents.MEASURE_MONTHS_AGO);
            double before = story.stream()
                            .filter(x -> counter(x) && date(x).isBefore(measure))
                            .count()
                    / (24.0 - DemoIncidents.MEASURE_MONTHS_AGO);
            double after = story.stream()
                            .filter(x -> counter(x) && !date(x).isBefore(measure))
                            .count()
                    / (double) DemoIncidents.MEASURE_MONTHS_AGO;
            assertThat(after).isLessThan(before * 0.6);

            // the comparison with other municipalities: three or more others in a category, in analyses and surveys
            Long others = TenantContext.callAs(
                    DemoStory.VOORBEELDSTAD,
                    () -> jdbc.sql("SELECT max(others) FROM insights_benchmark(?, ?, 5)")
                            .params(today.minusYears(1).withDayOfMonth(1), today.withDayOfMonth(1))
                            .query(Long.class)
                            .single());
            assertThat(others).isGreaterThanOrEqualTo(3);
            Long surveyOthers = TenantContext.callAs(
                    DemoStory.VOORBEELDSTAD,
                    () -> jdbc.sql("SELECT max(municipalities) FROM survey_benchmark('CIVIL_SERVANT', 10)")
                            .query(Long.class)
                            .single());
            assertThat(surveyOthers).isGreaterThanOrEqualTo(3);

            // suppression: a story survey has departments big enough and a group too small to be shown ("Overig")
            assertThat(count(DemoStory.ZEESTAD, "SELECT count(*) FROM survey_response WHERE department_id IS NULL"))
                    .isPositive();
            assertThat(count(
                            DemoStory.ZEESTAD,
                            "SELECT count(*) FROM (SELECT department_id FROM survey_response WHERE department_id IS NOT NULL"
                                    + " GROUP BY 1 HAVING count(*) >= 10) d"))
                    .isGreaterThanOrEqualTo(4);

            // actions in every state, and a 0- and a 1-measurement of the scan
            assertThat(count(DemoStory.VOORBEELDSTAD, "SELECT count(DISTINCT status) FROM action_item"))
                    .isEqualTo(4);
            assertThat(
                            count(
                                    DemoStory.VOORBEELDSTAD,
                                    "SELECT count(*) FROM assessment_measurement WHERE previous_id IS NOT NULL AND status = 'LOCKED'"))
                    .isOne();
            assertThat(count(
                            DemoStory.KLEINDORP, "SELECT count(*) FROM assessment_measurement WHERE status = 'LOCKED'"))
                    .isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(runner.told())
                .as("rolled back: the other tests see the demo as it was")
                .isFalse();
    }

    private long count(UUID municipality, String sql, Object... params) {
        return TenantContext.callAs(
                municipality,
                () -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    private static int month(DemoIncidents.Incident x) {
        return date(x).getMonthValue();
    }

    private static LocalDate date(DemoIncidents.Incident x) {
        return LocalDate.ofInstant(x.occurredAt(), DutchTime.ZONE);
    }

    private static boolean counter(DemoIncidents.Incident x) {
        return x.department().equals("BZ") && x.locationType().equals("COUNTER");
    }
}
