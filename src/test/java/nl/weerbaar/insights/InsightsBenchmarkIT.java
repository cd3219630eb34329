package nl.weerbaar.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.insights.dashboard.Benchmark;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.IntegrationTest;
import nl.weerbaar.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The benchmark across municipalities, hand-counted for Q1 2022, "public services" departments:
 * A (1,000 employees) 10 incidents, B (2,000) 20, C (500) 10, D (1,000) 3 (under the threshold), E (1,000) 50 but
 * not taking part. A sees its own 10.00 per 1,000 against the average of B (10.00) and C (20.00): 15.00.
 */
class InsightsBenchmarkIT extends IntegrationTest {

    static final Period Q1_2022 = Period.containing(Period.Granularity.QUARTER, LocalDate.of(2022, 2, 1));
    static Map<String, UUID> ids;

    @Autowired
    Benchmark benchmark;

    @BeforeEach
    void fixtures() throws Exception {
        if (ids != null) {
            return;
        }
        UUID a = Fixtures.municipality("bench-a", 1000);
        UUID b = Fixtures.municipality("bench-b", 2000);
        UUID c = Fixtures.municipality("bench-c", 500);
        UUID d = Fixtures.municipality("bench-d", 1000);
        UUID e = Fixtures.municipality("bench-e", 1000);
        try (Connection owner = TestDatabase.ownerConnection()) {
            facts(owner, a, 10, true);
            facts(owner, b, 20, true);
            facts(owner, c, 10, true);
            facts(owner, d, 3, true);
            facts(owner, e, 50, false);
        }
        ids = Map.of("a", a, "b", b, "c", c, "d", d, "e", e);
    }

    /**
     * Inserts {@code n} incidents in one "public services" department as the owner (for volume, not via events) and
     * rebuilds that municipality's kept counts.
     */
    private static void facts(Connection owner, UUID tenant, int n, boolean optIn) throws Exception {
        UUID department = UUID.randomUUID();
        try (PreparedStatement settings = owner.prepareStatement(
                        "INSERT INTO insights_settings (tenant_id, benchmark_opt_in) VALUES (?, ?)");
                PreparedStatement category = owner.prepareStatement(
                        "INSERT INTO insights_department_category (tenant_id, department_id, category) VALUES (?, ?, 'PUBLIC_SERVICES')");
                PreparedStatement fact = owner.prepareStatement("""
            INSERT INTO insights_incident (tenant_id, incident_id, occurred_at, occurred_on, registered_at, department_id)
            VALUES (?, ?, '2022-02-01T10:00:00Z', '2022-02-01', '2022-02-01T11:00:00Z', ?)""")) {
            settings.setObject(1, tenant);
            settings.setBoolean(2, optIn);
            settings.execute();
            category.setObject(1, tenant);
            category.setObject(2, department);
            category.execute();
            for (int i = 0; i < n; i++) {
                fact.setObject(1, tenant);
                fact.setObject(2, UUID.randomUUID());
                fact.setObject(3, department);
                fact.addBatch();
            }
            fact.executeBatch();
        }
        // the benchmark reads the kept monthly totals: rebuilt from the facts, as after a bulk load
        try (PreparedStatement tenantSetting = owner.prepareStatement("SELECT set_config('app.tenant_id', ?, false)");
                PreparedStatement rebuild = owner.prepareStatement("SELECT insights_rebuild_month_counts()")) {
            tenantSetting.setString(1, tenant.toString());
            tenantSetting.execute();
            rebuild.execute();
        }
    }

    @Test
    void ownRateAgainstTheAverageOfOthersAboveTheThreshold() {
        List<Benchmark.Line> lines = TenantContext.callAs(ids.get("a"), () -> benchmark.compare(Q1_2022, 5));
        assertThat(lines)
                .containsExactly(
                        new Benchmark.Line("PUBLIC_SERVICES", 10, new BigDecimal("10.00"), new BigDecimal("15.00"), 2));
    }

    @Test
    void aMunicipalityBelowTheThresholdSeesTheOthersButDoesNotCount() {
        List<Benchmark.Line> lines = TenantContext.callAs(ids.get("d"), () -> benchmark.compare(Q1_2022, 5));
        // A 10.00, B 10.00, C 20.00 -> 13.33
        assertThat(lines)
                .containsExactly(
                        new Benchmark.Line("PUBLIC_SERVICES", 3, new BigDecimal("3.00"), new BigDecimal("13.33"), 3));
    }

    @Test
    void aLowerMinimumCannotRevealSmallCountsOfOthers() {
        // asking with minimum 1 still leaves D (3 incidents) out of A's average
        List<Benchmark.Line> lines = TenantContext.callAs(ids.get("a"), () -> benchmark.compare(Q1_2022, 1));
        assertThat(lines.get(0).othersRate()).isEqualByComparingTo("15.00");
    }

    @Test
    void readsTheKeptTotalsNotTheFactsOfEveryMunicipality() {
        String definition = jdbc.sql(
                        "SELECT pg_get_functiondef('insights_benchmark(date, date, integer)'::regprocedure)")
                .query(String.class)
                .single();
        assertThat(definition).contains("insights_month_count").doesNotContain("insights_incident");
    }

    @Test
    void withoutOptingInThereIsNoComparison() {
        assertThat(TenantContext.callAs(ids.get("e"), () -> benchmark.compare(Q1_2022, 5)))
                .isEmpty();
    }

    @Test
    void theApplicationCannotReadOtherMunicipalitiesDirectly() {
        long seen = TenantContext.callAs(
                ids.get("a"),
                () -> jdbc.sql("SELECT count(*) FROM insights_incident WHERE tenant_id <> ?")
                        .param(ids.get("a"))
                        .query(Long.class)
                        .single());
        assertThat(seen).isZero();
    }

    @Test
    void noPageOrExportEverNamesAnotherMunicipality() {
        String result = jdbc.sql(
                        "SELECT pg_get_function_result('insights_benchmark(date, date, integer)'::regprocedure)")
                .query(String.class)
                .single();
        assertThat(result)
                .doesNotContain("name")
                .doesNotContain("slug")
                .doesNotContain("tenant")
                .doesNotContain("uuid");

        UUID voorbeeldstad = nl.weerbaar.support.Demo.VOORBEELDSTAD;
        Boolean before = TenantContext.callAs(
                voorbeeldstad,
                () -> jdbc.sql("SELECT benchmark_opt_in FROM insights_settings WHERE tenant_id = ?")
                        .param(voorbeeldstad)
                        .query(Boolean.class)
                        .optional()
                        .orElse(null));
        try {
            TenantContext.runAs(
                    voorbeeldstad, () -> jdbc.sql("""
          INSERT INTO insights_settings (tenant_id, benchmark_opt_in) VALUES (?, true)
          ON CONFLICT (tenant_id) DO UPDATE SET benchmark_opt_in = true""").param(voorbeeldstad).update());
            String q1 = "granularity=QUARTER&at=2022-02-01";
            for (String user : List.of("coordinator", "secretaris")) {
                var client = loginAs(user);
                String page = client.get("/insights?" + q1).body();
                // the comparison is there: the average of A, B and C (10.00, 10.00, 20.00), and how many, never who
                assertThat(page).as(user).contains("data-test=\"benchmark\"").contains("13,33");
                assertThat(page).as(user).doesNotContain("bench-").doesNotContain("Gemeente Kleindorp");
                ids.values().forEach(id -> assertThat(page).doesNotContain(id.toString()));
                for (String table : List.of("series", "dimension", "heatmap")) {
                    assertThat(client.get("/insights/export.csv?table=" + table + "&" + q1)
                                    .body())
                            .doesNotContain("bench-");
                }
            }
        } finally {
            TenantContext.runAs(voorbeeldstad, () -> {
                if (before == null) {
                    jdbc.sql("DELETE FROM insights_settings WHERE tenant_id = ?")
                            .param(voorbeeldstad)
                            .update();
                } else {
                    jdbc.sql("UPDATE insights_settings SET benchmark_opt_in = ? WHERE tenant_id = ?")
                            .params(before, voorbeeldstad)
                            .update();
                }
            });
        }
    }
}
