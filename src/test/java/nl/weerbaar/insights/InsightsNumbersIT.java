package nl.weerbaar.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.weerbaar.incidents.FollowUpStepCompleted;
import nl.weerbaar.incidents.IncidentRegistered;
import nl.weerbaar.insights.dashboard.Dimension;
import nl.weerbaar.insights.dashboard.Insights;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.insights.dashboard.Scope;
import nl.weerbaar.insights.dashboard.Trend;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The figures of the analyses against a hand-counted set of incidents in a municipality of their own, fed
 * through the incident events. Periods are quarters in Europe/Amsterdam time: two incidents sit on the
 * boundaries (00:30 local on 1 January and on 1 April belong to the new quarter, 23:30 local on 31 March to the old).
 */
class InsightsNumbersIT extends IntegrationTest {

    static final Period Q1_2020 = Period.containing(Period.Granularity.QUARTER, LocalDate.of(2020, 2, 15));

    static UUID tenant;
    static UUID burgerzaken;
    static UUID vergunningen;
    static UUID first;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Insights insights;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(events, tx, jdbc);
        if (tenant != null) {
            return;
        }
        tenant = Fixtures.municipality("telstad", 800);
        burgerzaken = fixtures.department(tenant, "BZ", "Burgerzaken");
        vergunningen = fixtures.department(tenant, "VG", "Vergunningen");
        // Q1 2020, Burgerzaken: 6 incidents
        first = inc(
                "2019-12-31T23:30:00Z",
                burgerzaken,
                "Paspoort aanvragen",
                "COUNTER",
                "CITIZEN",
                "P1",
                "VERBAL_AGGRESSION");
        UUID second = inc(
                "2020-01-15T10:00:00Z",
                burgerzaken,
                "Paspoort aanvragen",
                "COUNTER",
                "CITIZEN",
                "P1",
                "VERBAL_AGGRESSION",
                "THREAT_VIOLENCE");
        UUID third =
                inc("2020-02-10T10:00:00Z", burgerzaken, "Rijbewijs", "PHONE", "CLIENT", "P1", "VERBAL_AGGRESSION");
        UUID fourth = inc(
                "2020-02-20T10:00:00Z",
                burgerzaken,
                "Paspoort aanvragen",
                "COUNTER",
                "CITIZEN",
                "P2",
                "THREAT_VIOLENCE");
        UUID fifth = inc(
                "2020-03-05T10:00:00Z",
                burgerzaken,
                "Paspoort aanvragen",
                "COUNTER",
                "CITIZEN",
                "P2",
                "VERBAL_AGGRESSION");
        inc("2020-03-31T21:30:00Z", burgerzaken, "Rijbewijs", "COUNTER", "CITIZEN", null, "INTIMIDATION");
        // Q1 2020, Vergunningen: 3 incidents
        UUID seventh = inc(
                "2020-01-20T10:00:00Z", vergunningen, "Vergunning horeca", "COUNTER", "ENTREPRENEUR", "P3", "BRIBERY");
        inc("2020-02-03T10:00:00Z", vergunningen, "Vergunning horeca", "COUNTER", "ENTREPRENEUR", null, "BRIBERY");
        inc(
                "2020-03-12T10:00:00Z",
                vergunningen,
                "Vergunning horeca",
                "HOME_VISIT",
                "ENTREPRENEUR",
                null,
                "INTIMIDATION");
        // Q2 2020 (00:30 local on 1 April)
        inc("2020-03-31T22:30:00Z", burgerzaken, "Rijbewijs", "COUNTER", "CITIZEN", "P3", "VERBAL_AGGRESSION");
        // Q4 2019: 2 incidents (the second at 23:30 local on 31 December)
        inc("2019-11-11T10:00:00Z", burgerzaken, "Rijbewijs", "COUNTER", "CITIZEN", null, "VERBAL_AGGRESSION");
        inc("2019-12-31T22:30:00Z", burgerzaken, "Rijbewijs", "COUNTER", "CITIZEN", null, "VERBAL_AGGRESSION");
        // Q1 2019: 2 incidents
        inc("2019-02-01T10:00:00Z", burgerzaken, "Rijbewijs", "COUNTER", "CITIZEN", null, "VERBAL_AGGRESSION");
        inc("2019-03-01T10:00:00Z", vergunningen, "Vergunning horeca", "COUNTER", "ENTREPRENEUR", null, "BRIBERY");

        // follow-up: aftercare within 24 h for 1, 2 and 7, late (30 h) for 3; response within 48 h for 1 and 4, late
        // for 5
        fixtures.step(tenant, first, "2019-12-31T23:30:00Z", "AFTERCARE", 20);
        fixtures.step(tenant, second, "2020-01-15T10:00:00Z", "AFTERCARE", 20);
        fixtures.step(tenant, seventh, "2020-01-20T10:00:00Z", "AFTERCARE", 24);
        fixtures.step(tenant, third, "2020-02-10T10:00:00Z", "AFTERCARE", 30);
        fixtures.step(tenant, first, "2019-12-31T23:30:00Z", "PERPETRATOR_RESPONSE", 40);
        fixtures.step(tenant, fourth, "2020-02-20T10:00:00Z", "PERPETRATOR_RESPONSE", 47);
        fixtures.step(tenant, fifth, "2020-03-05T10:00:00Z", "PERPETRATOR_RESPONSE", 50);
        fixtures.step(tenant, first, "2019-12-31T23:30:00Z", "FEEDBACK", 100);
        fixtures.step(tenant, second, "2020-01-15T10:00:00Z", "FEEDBACK", 100);
        fixtures.close(tenant, first, Instant.parse("2020-01-10T10:00:00Z"));
        fixtures.awaitIncidents(tenant, 14);
        // the steps are handled asynchronously too: nine steps and one closing
        fixtures.awaitFollowUps(tenant, 10);
    }

    private UUID inc(
            String at, UUID department, String process, String location, String relation, String key, String... kinds) {
        return fixtures.incident(tenant, at, department, process, location, relation, key, kinds);
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant, work);
    }

    @Test
    void totalsAndTrendsCountLocalQuarters() {
        Insights.Row totals = as(() -> insights.totals(Scope.ALL, Q1_2020));
        assertThat(totals.now()).isEqualTo(9);
        assertThat(totals.previous()).isEqualTo(2);
        assertThat(totals.yearBefore()).isEqualTo(2);
        assertThat(totals.trendPrevious()).isEqualTo(Trend.UP);
        assertThat(as(() -> insights.total(Scope.ALL, Q1_2020.plus(1)))).isEqualTo(1);
    }

    @Test
    void monthsFollowAmsterdamTime() {
        Period january = Period.containing(Period.Granularity.MONTH, LocalDate.of(2020, 1, 1));
        Map<Period, Long> series = as(() -> insights.series(Scope.ALL, january.plus(3), 5));
        assertThat(series.values()).containsExactly(1L, 3L, 3L, 3L, 1L); // Dec 2019 .. Apr 2020
    }

    @Test
    void countsPerDepartmentAndKind() {
        Map<String, Insights.Row> departments = byKey(Dimension.DEPARTMENT, Scope.ALL);
        assertThat(departments.get(burgerzaken.toString()))
                .isEqualTo(new Insights.Row(burgerzaken.toString(), 6, 2, 1));
        assertThat(departments.get(vergunningen.toString()))
                .isEqualTo(new Insights.Row(vergunningen.toString(), 3, 0, 1));
        Map<String, Insights.Row> kinds = byKey(Dimension.KIND, Scope.ALL);
        assertThat(kinds.get("VERBAL_AGGRESSION").now()).isEqualTo(4);
        assertThat(kinds.get("THREAT_VIOLENCE").now()).isEqualTo(2);
        assertThat(kinds.get("INTIMIDATION").now()).isEqualTo(2);
        assertThat(kinds.get("BRIBERY").now()).isEqualTo(2);
        assertThat(kinds.get("BRIBERY").yearBefore()).isEqualTo(1);
        assertThat(byKey(Dimension.LOCATION_TYPE, Scope.ALL).get("HOME_VISIT").now())
                .isEqualTo(1);
        assertThat(byKey(Dimension.PERPETRATOR_RELATION, Scope.ALL)
                        .get("ENTREPRENEUR")
                        .now())
                .isEqualTo(3);
        List<Insights.Row> processes = as(() -> insights.byDimension(Dimension.WORK_PROCESS, Scope.ALL, Q1_2020));
        assertThat(processes)
                .extracting(Insights.Row::key, Insights.Row::now)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple("Paspoort aanvragen", 4L),
                        org.assertj.core.groups.Tuple.tuple("Vergunning horeca", 3L),
                        org.assertj.core.groups.Tuple.tuple("Rijbewijs", 2L));
    }

    @Test
    void scopeAndKindFilterNarrowTheCounts() {
        Scope bz = new Scope(burgerzaken, null);
        assertThat(as(() -> insights.totals(bz, Q1_2020))).isEqualTo(new Insights.Row(null, 6, 2, 1));
        Scope bzVerbal = new Scope(burgerzaken, "VERBAL_AGGRESSION");
        assertThat(as(() -> insights.total(bzVerbal, Q1_2020))).isEqualTo(4);
        assertThat(byKey(Dimension.KIND, bz)).doesNotContainKey("BRIBERY");
    }

    @Test
    void oneKindByAnotherDimensionCountsTheIncidentsOfThatKind() {
        Scope verbal = new Scope(null, "VERBAL_AGGRESSION");
        assertThat(as(() -> insights.byDimension(Dimension.WORK_PROCESS, verbal, Q1_2020)))
                .containsExactly(
                        new Insights.Row("Paspoort aanvragen", 3, 0, 0), new Insights.Row("Rijbewijs", 1, 2, 1));
        assertThat(as(() -> insights.byDimension(Dimension.LOCATION_TYPE, verbal, Q1_2020)))
                .containsExactly(new Insights.Row("COUNTER", 3, 2, 1), new Insights.Row("PHONE", 1, 0, 0));
        assertThat(as(() -> insights.byDimension(Dimension.POSITION, verbal, Q1_2020)))
                .containsExactly(new Insights.Row(null, 4, 2, 1));
        // the second incident is of two kinds: it counts under each
        assertThat(as(() -> insights.byDimension(
                        Dimension.PERPETRATOR_RELATION, new Scope(null, "THREAT_VIOLENCE"), Q1_2020)))
                .containsExactly(new Insights.Row("CITIZEN", 2, 0, 0));
        assertThat(as(() ->
                        insights.byDimension(Dimension.PERPETRATOR_RELATION, new Scope(null, "INTIMIDATION"), Q1_2020)))
                .containsExactly(new Insights.Row("CITIZEN", 1, 0, 0), new Insights.Row("ENTREPRENEUR", 1, 0, 0));
        assertThat(as(() -> insights.byDimension(
                        Dimension.PERPETRATOR_RELATION, new Scope(vergunningen, "BRIBERY"), Q1_2020)))
                .containsExactly(new Insights.Row("ENTREPRENEUR", 2, 0, 1));
        assertThat(as(() -> insights.byDimension(Dimension.WORK_PROCESS, new Scope(burgerzaken, "BRIBERY"), Q1_2020)))
                .isEmpty();
    }

    @Test
    void heatMapCountsDepartmentByKind() {
        Map<String, Long> cells = as(() -> insights.heatMap(Scope.ALL, Q1_2020)).stream()
                .collect(Collectors.toMap(
                        c -> (c.department().equals(burgerzaken) ? "BZ" : "VG") + "/" + c.kind(),
                        Insights.Cell::count));
        assertThat(cells)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "BZ/VERBAL_AGGRESSION",
                        4L,
                        "BZ/THREAT_VIOLENCE",
                        2L,
                        "BZ/INTIMIDATION",
                        1L,
                        "VG/BRIBERY",
                        2L,
                        "VG/INTIMIDATION",
                        1L));
    }

    @Test
    void repeatsCountPerpetratorsSeenTwiceInTwelveMonths() {
        assertThat(as(() -> insights.repeats(Scope.ALL, Q1_2020))).isEqualTo(new Insights.Repeats(2, 5));
        // of one kind: P1 three times with verbal aggression; P2 once with each of two kinds
        assertThat(as(() -> insights.repeats(new Scope(null, "VERBAL_AGGRESSION"), Q1_2020)))
                .isEqualTo(new Insights.Repeats(1, 3));
        assertThat(as(() -> insights.repeats(new Scope(burgerzaken, "VERBAL_AGGRESSION"), Q1_2020)))
                .isEqualTo(new Insights.Repeats(1, 3));
        assertThat(as(() -> insights.repeats(new Scope(null, "THREAT_VIOLENCE"), Q1_2020)))
                .isEqualTo(new Insights.Repeats(0, 0));
        assertThat(as(() -> insights.repeats(new Scope(vergunningen, null), Q1_2020)))
                .isEqualTo(new Insights.Repeats(0, 0));
    }

    @Test
    void followUpHealthCountsDeadlinesFromRegistration() {
        assertThat(as(() -> insights.health(Scope.ALL, Q1_2020))).isEqualTo(new Insights.Health(9, 3, 2, 2));
        Map<String, Insights.OpenSteps> open = as(() -> insights.openSteps(Scope.ALL)).stream()
                .collect(Collectors.toMap(Insights.OpenSteps::step, s -> s));
        // 13 incidents not closed; aftercare done for 3 of them (2, 3, 7), all registered long ago
        assertThat(open.get("AFTERCARE")).isEqualTo(new Insights.OpenSteps("AFTERCARE", 10, 10L));
        assertThat(open.get("PERPETRATOR_RESPONSE")).isEqualTo(new Insights.OpenSteps("PERPETRATOR_RESPONSE", 11, 11L));
        assertThat(open.get("FEEDBACK")).isEqualTo(new Insights.OpenSteps("FEEDBACK", 12, null));
    }

    @Test
    void redeliveredAndReorderedEventsChangeNothing() {
        UUID late = UUID.randomUUID();
        Instant at = Instant.parse("2018-06-01T10:00:00Z");
        // the step arrives before the registration, then everything twice
        FollowUpStepCompleted step = new FollowUpStepCompleted(tenant, late, "FEEDBACK", at.plusSeconds(7200), null);
        IncidentRegistered registered = new IncidentRegistered(
                tenant,
                late,
                at,
                at,
                java.util.Set.of("STALKING"),
                burgerzaken,
                null,
                null,
                "STREET",
                "UNKNOWN",
                null,
                "HIGH",
                true);
        fixtures.publish(step);
        fixtures.publish(registered);
        fixtures.publish(registered);
        fixtures.publish(step);
        fixtures.awaitIncidents(tenant, 15);
        Period q2 = Period.containing(Period.Granularity.QUARTER, LocalDate.of(2018, 6, 1));
        assertThat(as(() -> insights.health(Scope.ALL, q2))).isEqualTo(new Insights.Health(1, 0, 0, 1));
        assertThat(as(() -> insights.byDimension(Dimension.KIND, Scope.ALL, q2)))
                .hasSize(1)
                .first()
                .extracting(Insights.Row::now)
                .isEqualTo(1L);
        // a confidential incident is kept without its location (and department, position, process, relation)
        assertThat(as(() -> insights.byDimension(Dimension.LOCATION_TYPE, new Scope(null, "STALKING"), q2)))
                .containsExactly(new Insights.Row(null, 1, 0, 0));
        TenantContext.runAs(
                tenant,
                () -> jdbc.sql("DELETE FROM insights_incident WHERE incident_id = ?")
                        .param(late)
                        .update());
        TenantContext.runAs(
                tenant,
                () -> jdbc.sql("DELETE FROM insights_followup WHERE incident_id = ?")
                        .param(late)
                        .update());
        TenantContext.runAs(
                tenant,
                () -> jdbc.sql("DELETE FROM insights_month_count WHERE month = '2018-06-01'")
                        .update());
        TenantContext.runAs(
                tenant,
                () -> jdbc.sql("DELETE FROM insights_kind_month_count WHERE month = '2018-06-01'")
                        .update());
        TenantContext.runAs(
                tenant,
                () -> jdbc.sql("DELETE FROM insights_month_followup WHERE month = '2018-06-01'")
                        .update());
    }

    @Test
    void monthlyCountsKeptByTheListenersEqualARebuildFromTheFacts() {
        String kept = as(() -> jdbc.sql(COUNTS).query(String.class).single());
        String rebuilt = as(() -> tx.execute(s -> {
            jdbc.sql("SELECT insights_rebuild_month_counts()").query().singleRow();
            return jdbc.sql(COUNTS).query(String.class).single();
        }));
        assertThat(kept).isNotBlank().isEqualTo(rebuilt);
    }

    /** Every kept count of the municipality (summed over its slots), as one text. */
    static final String COUNTS =
            "SELECT (SELECT string_agg(concat_ws('|', month, department_id, dimension, key, n), ';'"
                    + " ORDER BY month, department_id, dimension, key) FROM (SELECT month, department_id, dimension, key, sum(n) n"
                    + " FROM insights_month_count GROUP BY 1, 2, 3, 4) c)"
                    + " || '#' || (SELECT string_agg(concat_ws('|', kind, month, department_id, dimension, key, n), ';'"
                    + " ORDER BY kind, month, department_id, dimension, key) FROM (SELECT kind, month, department_id, dimension, key,"
                    + " sum(n) n FROM insights_kind_month_count GROUP BY 1, 2, 3, 4, 5) c)"
                    + " || '#' || (SELECT string_agg(concat_ws('|', kind, month, department_id, incidents, aftercare_24h,"
                    + " response_48h, feedback, open_aftercare, open_perpetrator_response, open_police_report, open_evidence,"
                    + " open_damage_recovery, open_feedback, open_lessons), ';' ORDER BY kind NULLS FIRST, month, department_id)"
                    + " FROM (" + followUpSums("kind, month, department_id") + ") f)";

    /** The follow-up counts summed over their slots, grouped by {@code groups}. */
    static String followUpSums(String groups) {
        return "SELECT " + groups + ", sum(incidents) incidents, sum(aftercare_24h) aftercare_24h,"
                + " sum(response_48h) response_48h, sum(feedback) feedback, sum(open_aftercare) open_aftercare,"
                + " sum(open_perpetrator_response) open_perpetrator_response, sum(open_police_report) open_police_report,"
                + " sum(open_evidence) open_evidence, sum(open_damage_recovery) open_damage_recovery,"
                + " sum(open_feedback) open_feedback, sum(open_lessons) open_lessons FROM insights_month_followup"
                + " GROUP BY " + groups;
    }

    @Test
    void foldingTheSlotsChangesNoCountAndLeavesOneRowPerCount() {
        UUID town = Fixtures.municipality("vouwdorp", 400);
        UUID department = fixtures.department(town, "BZ", "Burgerzaken");
        for (int i = 0; i < 16; i++) {
            UUID incident = fixtures.incident(
                    town,
                    "2021-0" + (1 + i % 3) + "-1" + (i % 9) + "T10:00:00Z",
                    department,
                    i % 2 == 0 ? "Rijbewijs" : "Paspoort",
                    "COUNTER",
                    "CITIZEN",
                    null,
                    "VERBAL_AGGRESSION",
                    "INTIMIDATION");
            fixtures.step(town, incident, "2021-01-10T10:00:00Z", "AFTERCARE", 5);
        }
        fixtures.awaitIncidents(town, 16);
        fixtures.awaitFollowUps(town, 16);
        java.util.function.Function<String, Object> inTown = sql -> TenantContext.callAs(
                town, () -> tx.execute(t -> jdbc.sql(sql).query().singleValue()));
        String slotRows = "SELECT (SELECT count(*) FROM insights_month_count WHERE slot <> 0)"
                + " + (SELECT count(*) FROM insights_kind_month_count WHERE slot <> 0)"
                + " + (SELECT count(*) FROM insights_month_followup WHERE slot <> 0)";
        long spread = ((Number) inTown.apply(slotRows)).longValue();
        assertThat(spread).as("32 listener transactions over eight slots").isPositive();
        Object before = inTown.apply(COUNTS);

        // what the fold job runs for each municipality (every 10 minutes; off in tests)
        long folded = ((Number) inTown.apply("SELECT insights_fold_count_slots()")).longValue();

        assertThat(folded).isEqualTo(spread);
        assertThat(((Number) inTown.apply(slotRows)).longValue()).isZero();
        assertThat(inTown.apply(COUNTS)).isEqualTo(before);
        assertThat(((Number) inTown.apply("SELECT count(*) FROM (SELECT 1 FROM insights_month_count"
                                + " GROUP BY month, department_id, dimension, key HAVING count(*) > 1) d"))
                        .longValue())
                .isZero();
        Object rebuilt = TenantContext.callAs(
                town,
                () -> tx.execute(t -> {
                    jdbc.sql("SELECT insights_rebuild_month_counts()").query().singleRow();
                    return jdbc.sql(COUNTS).query().singleValue();
                }));
        assertThat(before).isEqualTo(rebuilt);
    }

    @Test
    void stepsOfOneIncidentArrivingTogetherAllReachItsFacts() {
        UUID town = Fixtures.municipality("gelijkdorp", 300);
        UUID department = fixtures.department(town, "BZ", "Burgerzaken");
        List<UUID> incidents = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            incidents.add(fixtures.incident(
                    town,
                    "2020-05-0" + (1 + i % 9) + "T10:00:00Z",
                    department,
                    "Rijbewijs",
                    "COUNTER",
                    "CITIZEN",
                    null,
                    "VERBAL_AGGRESSION"));
        }
        for (UUID incident : incidents) {
            for (String step : List.of("AFTERCARE", "PERPETRATOR_RESPONSE", "EVIDENCE", "FEEDBACK", "LESSONS")) {
                fixtures.step(town, incident, "2020-05-01T10:00:00Z", step, 5);
            }
            fixtures.close(town, incident, Instant.parse("2020-05-20T10:00:00Z"));
        }
        fixtures.awaitIncidents(town, 12);
        fixtures.awaitFollowUps(town, 72);
        long complete =
                TenantContext.callAs(town, () -> jdbc.sql("""
        SELECT count(*) FROM insights_incident WHERE aftercare_at IS NOT NULL AND perpetrator_response_at IS NOT NULL
           AND evidence_at IS NOT NULL AND feedback_at IS NOT NULL AND lessons_at IS NOT NULL AND closed_at IS NOT NULL""").query(Long.class).single());
        assertThat(complete).isEqualTo(12);
        // the follow-up counts changed by each step's change of the facts: closed, nothing open, all in time
        String followUp =
                "SELECT string_agg(concat_ws('|', kind, month, incidents, aftercare_24h, response_48h, feedback,"
                        + " open_aftercare, open_perpetrator_response, open_police_report, open_evidence, open_damage_recovery,"
                        + " open_feedback, open_lessons), ';' ORDER BY kind NULLS FIRST, month) FROM ("
                        + followUpSums("kind, month")
                        + ") f";
        String kept = TenantContext.callAs(
                town, () -> jdbc.sql(followUp).query(String.class).single());
        assertThat(kept)
                .isEqualTo(
                        "2020-05-01|12|12|12|12|0|0|0|0|0|0|0;VERBAL_AGGRESSION|2020-05-01|12|12|12|12|0|0|0|0|0|0|0");
        String rebuilt = TenantContext.callAs(
                town,
                () -> tx.execute(s -> {
                    jdbc.sql("SELECT insights_rebuild_month_counts()").query().singleRow();
                    return jdbc.sql(followUp).query(String.class).single();
                }));
        assertThat(kept).isEqualTo(rebuilt);
    }

    @Test
    void anotherMunicipalitySeesNoneOfIt() {
        long seen = TenantContext.callAs(
                nl.weerbaar.support.Demo.KLEINDORP,
                () -> jdbc.sql("SELECT count(*) FROM insights_incident WHERE tenant_id = ?")
                        .param(tenant)
                        .query(Long.class)
                        .single());
        assertThat(seen).isZero();
    }

    private Map<String, Insights.Row> byKey(Dimension dimension, Scope scope) {
        return as(() -> insights.byDimension(dimension, scope, Q1_2020)).stream()
                .collect(Collectors.toMap(r -> String.valueOf(r.key()), r -> r));
    }
}
