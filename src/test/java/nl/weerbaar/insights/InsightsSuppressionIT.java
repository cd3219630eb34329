package nl.weerbaar.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import nl.weerbaar.support.Demo;
import nl.weerbaar.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complementary suppression on the dashboard, its exports and the report, against hand-made fixtures in
 * Voorbeeldstad (one kind per incident, so rows and columns add up exactly):
 *
 * <pre>
 * Q2 2017          verbal  intimidation  bribery | incidents
 * Burgerzaken        10         8           6    |   24
 * Vergunningen        9         7           2    |   18
 * Toezicht en H.     12        11           9    |   32
 * total              31        26          17    |   74
 * </pre>
 * The 2 is small. Its row would give it back (18 - 9 - 7), so the 7 goes too; its column likewise (17 - 6 - 9), so
 * the 6 goes; the 7 is then alone in its column, so the 8 goes with it; the Burgerzaken row then holds two hidden
 * cells (8 + 6), which is enough. Q3 2017 must not be suppressed beyond the small cells: Burgerzaken 3 and
 * Vergunningen 4 verbal aggression are hidden together (3 + 4 reaches 5), Toezicht's 10 stays.
 */
class InsightsSuppressionIT extends IntegrationTest {

    static final String Q2_2017 = "/insights?granularity=QUARTER&at=2017-05-15";
    static final String Q3_2017 = "/insights?granularity=QUARTER&at=2017-08-15";

    static UUID bz;
    static UUID vg;
    static UUID th;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbcClient;

    @BeforeEach
    void fixtures() {
        synchronized (InsightsSuppressionIT.class) {
            if (bz != null) {
                return;
            }
            Fixtures f = new Fixtures(events, tx, jdbcClient);
            UUID tenant = Demo.VOORBEELDSTAD;
            UUID b = f.departmentId(tenant, "BZ");
            UUID v = f.departmentId(tenant, "VG");
            UUID t = f.departmentId(tenant, "TH");
            long before = TenantContext.callAs(
                    tenant,
                    () -> jdbc.sql("SELECT count(*) FROM insights_incident")
                            .query(Long.class)
                            .single());
            int[][] q2 = {{10, 8, 6}, {9, 7, 2}, {12, 11, 9}};
            String[] kinds = {"VERBAL_AGGRESSION", "INTIMIDATION", "BRIBERY"};
            UUID[] departments = {b, v, t};
            long added = 0;
            for (int d = 0; d < 3; d++) {
                for (int k = 0; k < 3; k++) {
                    for (int i = 0; i < q2[d][k]; i++) {
                        f.incident(
                                tenant,
                                "2017-05-%02dT10:00:00Z".formatted(1 + i),
                                departments[d],
                                "Balie",
                                "COUNTER",
                                "CITIZEN",
                                null,
                                kinds[k]);
                        added++;
                    }
                }
            }
            int[] q3 = {3, 4, 10};
            for (int d = 0; d < 3; d++) {
                for (int i = 0; i < q3[d]; i++) {
                    f.incident(
                            tenant,
                            "2017-08-%02dT10:00:00Z".formatted(1 + i),
                            departments[d],
                            "Balie",
                            "COUNTER",
                            "CITIZEN",
                            null,
                            "VERBAL_AGGRESSION");
                    added++;
                }
            }
            f.awaitIncidents(tenant, before + added);
            bz = b;
            vg = v;
            th = t;
        }
    }

    @Test
    void aSingleSmallCellTakesOthersWithItForTheSecretaryInPageAndExport() {
        String heat = section(loginAs("secretaris").get(Q2_2017).body(), "data-test=\"heat-map\"");
        assertThat(cells(heat, "Vergunningen")).containsExactly("9", "verborgen", "&lt;5", "18");
        assertThat(cells(heat, "Burgerzaken")).containsExactly("10", "verborgen", "verborgen", "24");
        assertThat(cells(heat, "Toezicht en Handhaving")).containsExactly("12", "11", "9", "32");
        assertThat(cells(heat, "Totaal")).containsExactly("31", "26", "17", "74");

        String csv = loginAs("secretaris")
                .get("/insights/export.csv?table=heatmap&" + Q2_2017.substring(10))
                .body();
        assertThat(csv)
                .contains("Vergunningen;9;verborgen;<5;18")
                .contains("Burgerzaken;10;verborgen;verborgen;24")
                .contains("Toezicht en Handhaving;12;11;9;32")
                .contains("Totaal;31;26;17;74");

        String coordinator = section(loginAs("coordinator").get(Q2_2017).body(), "data-test=\"heat-map\"");
        assertThat(cells(coordinator, "Vergunningen"))
                .as("the coordinator sees exact counts")
                .containsExactly("9", "7", "2", "18");
    }

    @Test
    void theBreakdownAndItsTotalAgreeWithTheHeatMap() {
        // The department totals and the kind totals are all large: nothing is hidden in the breakdowns.
        String byDepartment =
                section(loginAs("secretaris").get(Q2_2017 + "&by=DEPARTMENT").body(), "data-test=\"dimension-table\"");
        assertThat(byDepartment)
                .doesNotContain("verborgen")
                .doesNotContain("&lt;5")
                .contains(">24</a>");
        String byKind =
                section(loginAs("secretaris").get(Q2_2017 + "&by=KIND").body(), "data-test=\"dimension-table\"");
        assertThat(byKind).doesNotContain("verborgen").contains(">17</a>");
    }

    @Test
    void filtersHideWhatTheWholeTableHides() {
        // Vergunningen alone, by kind: its row of the heat map, hidden as in the whole table.
        String vergunningen =
                loginAs("secretaris").get(Q2_2017 + "&by=KIND&department=" + vg).body();
        String table = section(vergunningen, "data-test=\"dimension-table\"");
        assertThat(table)
                .contains(">9</a>")
                .contains(">&lt;5</a>")
                .contains(">verborgen</a>")
                .doesNotContain(">7</a>");
        assertThat(vergunningen).contains("data-test=\"total-now\">18<");
        // One department and one kind: the total is that cell, hidden because the whole table hides it.
        String cell = loginAs("secretaris")
                .get(Q2_2017 + "&department=" + bz + "&kind=INTIMIDATION")
                .body();
        assertThat(cell).contains("data-test=\"total-now\">verborgen<").doesNotContain("data-test=\"total-now\">8<");
        // A kind alone: intimidation per department, as in that column of the whole table.
        String threat = section(
                loginAs("secretaris")
                        .get(Q2_2017 + "&by=DEPARTMENT&kind=INTIMIDATION")
                        .body(),
                "data-test=\"dimension-table\"");
        assertThat(threat).contains(">11</a>").doesNotContain(">8</a>").doesNotContain(">7</a>");
        // A manager sees only the own department, where nothing is small: no other department's count is at stake.
        String manager =
                section(loginAs("leidinggevende").get(Q2_2017 + "&by=KIND").body(), "data-test=\"dimension-table\"");
        assertThat(manager).contains(">10</a>").contains(">8</a>").contains(">6</a>");
    }

    @Test
    void twoSmallCellsThatTogetherReachTheMinimumHideNothingElse() {
        String page = loginAs("secretaris").get(Q3_2017 + "&by=DEPARTMENT").body();
        String heat = section(page, "data-test=\"heat-map\"");
        assertThat(cells(heat, "Toezicht en Handhaving")).containsExactly("10", "10");
        assertThat(cells(heat, "Burgerzaken")).containsExactly("&lt;5", "&lt;5");
        assertThat(cells(heat, "Vergunningen")).containsExactly("&lt;5", "&lt;5");
        assertThat(cells(heat, "Totaal")).containsExactly("17", "17");
        String table = section(page, "data-test=\"dimension-table\"");
        assertThat(table).doesNotContain("verborgen").contains(">10</a>");
        assertThat(page).contains("data-test=\"total-now\">17<");
    }

    /** The text of every count cell of the row whose header is {@code label} (tags stripped, markers dropped). */
    private static java.util.List<String> cells(String table, String label) {
        int start = table.indexOf(">" + label + "</th>");
        assertThat(start).as("row %s", label).isPositive();
        String row = table.substring(start, table.indexOf("</tr>", start));
        java.util.List<String> cells = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<td[^>]*>(.*?)</td>", java.util.regex.Pattern.DOTALL)
                .matcher(row);
        while (m.find()) {
            cells.add(m.group(1).replaceAll("<[^>]+>", "").replace("▲", "").strip());
        }
        return cells;
    }

    private static String section(String page, String marker) {
        int start = page.indexOf(marker);
        assertThat(start).as(marker).isPositive();
        return page.substring(start, page.indexOf("</table>", start));
    }
}
