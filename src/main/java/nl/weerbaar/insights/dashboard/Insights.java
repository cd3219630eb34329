package nl.weerbaar.insights.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.platform.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The aggregates of the current municipality's read model. Every query is limited to the current tenant
 * (explicitly, and by row-level security) and to the given {@link Scope}; results are exact counts: hiding
 * small numbers is up to the caller ({@link SmallNumbers}).
 */
@Service("insights")
public class Insights {

    /** Counts of one dimension value in the period, the previous period and the same period a year before. */
    public record Row(String key, long now, long previous, long yearBefore) {
        public Trend trendPrevious() {
            return Trend.of(now, previous);
        }

        public Trend trendYear() {
            return Trend.of(now, yearBefore);
        }
    }

    /** Count of the department × kind cell. {@code department} may be null (unknown). */
    public record Cell(UUID department, String kind, long count) {}

    /** Number of perpetrators/addresses with two or more incidents, and the incidents involved. */
    public record Repeats(long keys, long incidents) {}

    /** Follow-up shares over the incidents of a period. */
    public record Health(long incidents, long aftercareWithin24h, long responseWithin48h, long feedbackGiven) {}

    /** Open (and overdue, when the step has a deadline) steps of the incidents not yet closed. */
    public record OpenSteps(String step, long open, Long overdue) {}

    private final JdbcClient jdbc;

    Insights(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every aggregate one dashboard shows: the totals, the breakdown by {@code by}, the breakdown by department (for
     * the heat map's row totals), the heat map, twelve periods of the series, the work processes, repeats, follow-up
     * health and open steps. The totals are the sum of the department breakdown and a breakdown asked twice is read
     * once, so a page costs seven or eight statements, each on kept counts except repeats and the overdue steps.
     */
    public record Figures(
            Row totals,
            List<Row> rows,
            List<Row> byDepartment,
            List<Cell> heatMap,
            Map<Period, Long> series,
            List<Row> processes,
            Repeats repeats,
            Health health,
            List<OpenSteps> openSteps) {}

    /** The {@link Figures} of one dashboard. */
    public Figures figures(Dimension by, Scope scope, Period p) {
        List<Row> byDepartment = byDimension(Dimension.DEPARTMENT, scope, p);
        List<Row> rows = by == Dimension.DEPARTMENT ? byDepartment : byDimension(by, scope, p);
        long now = 0;
        long previous = 0;
        long yearBefore = 0;
        for (Row r : byDepartment) {
            now += r.now();
            previous += r.previous();
            yearBefore += r.yearBefore();
        }
        return new Figures(
                new Row(null, now, previous, yearBefore),
                rows,
                byDepartment,
                heatMap(scope, p),
                series(scope, p, 12),
                by == Dimension.WORK_PROCESS ? rows : byDimension(Dimension.WORK_PROCESS, scope, p),
                repeats(scope, p),
                health(scope, p),
                openSteps(scope));
    }

    /** Number of incidents in the period. */
    public long total(Scope scope, Period p) {
        return totals(scope, p).now();
    }

    /** Totals of the period, the previous one and the same one a year before, as a row with key null. */
    public Row totals(Scope scope, Period p) {
        return byDimension(null, scope, p).stream().findFirst().orElse(new Row(null, 0, 0, 0));
    }

    /**
     * Counts per value of {@code dimension} (null: one total row), most incidents now first. Read from the monthly
     * counts: with a kind filter, position, work process, location and relation from the counts per kind.
     */
    public List<Row> byDimension(Dimension dimension, Scope scope, Period p) {
        boolean perKind = scope.kind() != null
                && dimension != null
                && dimension != Dimension.KIND
                && dimension != Dimension.DEPARTMENT;
        return perKind ? byDimensionPerKind(dimension, scope, p) : byDimensionFromCounts(dimension, scope, p);
    }

    private List<Row> byDimensionFromCounts(Dimension dimension, Scope scope, Period p) {
        String source = dimension == Dimension.KIND || scope.kind() != null
                ? "KIND"
                : dimension == null || dimension == Dimension.DEPARTMENT ? "TOTAL" : dimension.name();
        String key = dimension == null
                ? "NULL::text"
                : dimension == Dimension.DEPARTMENT ? "c.department_id::text" : "c.key";
        return rows(
                "SELECT " + key + " AS key," + SUMS
                        + " FROM insights_month_count c WHERE c.tenant_id = :tenant AND c.dimension = '" + source + "'"
                        + MONTHS + countConditions(scope) + " GROUP BY 1 ORDER BY 2 DESC, 1",
                scope,
                p);
    }

    /** One kind broken down by position, work process, location or relation: the counts per kind. */
    private List<Row> byDimensionPerKind(Dimension dimension, Scope scope, Period p) {
        return rows(
                "SELECT c.key," + SUMS + " FROM insights_kind_month_count c WHERE c.tenant_id = :tenant"
                        + " AND c.kind = :kind AND c.dimension = '" + dimension.name() + "'" + MONTHS
                        + (scope.department() == null ? "" : " AND c.department_id = :department")
                        + " GROUP BY 1 ORDER BY 2 DESC, 1",
                scope,
                p);
    }

    /** The sums of the current, previous and year-before period over monthly counts {@code c.n}. */
    private static final String SUMS = " coalesce(sum(c.n) FILTER (WHERE c.month >= :cf AND c.month < :cu), 0) AS now,"
            + " coalesce(sum(c.n) FILTER (WHERE c.month >= :pf AND c.month < :pu), 0) AS previous,"
            + " coalesce(sum(c.n) FILTER (WHERE c.month >= :yf AND c.month < :yu), 0) AS year_before";

    /** The months of the three compared periods. */
    private static final String MONTHS =
            " AND ((c.month >= :pf AND c.month < :cu) OR (c.month >= :yf AND c.month < :yu))";

    private List<Row> rows(String sql, Scope scope, Period p) {
        return ranges(sql(sql, scope), p)
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    private static JdbcClient.StatementSpec ranges(JdbcClient.StatementSpec spec, Period p) {
        Period prev = p.previous();
        Period year = p.yearBefore();
        return spec.param("cf", p.from())
                .param("cu", p.until())
                .param("pf", prev.from())
                .param("pu", prev.until())
                .param("yf", year.from())
                .param("yu", year.until());
    }

    /** Conditions on {@code insights_month_count c} for the scope; with a kind filter only KIND rows are read. */
    private static String countConditions(Scope scope) {
        return (scope.department() == null ? "" : " AND c.department_id = :department")
                + (scope.kind() == null ? "" : " AND c.key = :kind");
    }

    /** Incidents per period for the {@code count} periods ending with {@code last}, oldest first, zeros included. */
    public Map<Period, Long> series(Scope scope, Period last, int count) {
        Period first = last.plus(-(count - 1));
        String unit = last.granularity().name().toLowerCase();
        Map<java.time.LocalDate, Long> found = new java.util.HashMap<>();
        sql(
                        "SELECT date_trunc('" + unit + "', c.month)::date AS p, sum(c.n) FROM insights_month_count c"
                                + " WHERE c.tenant_id = :tenant AND c.dimension = '"
                                + (scope.kind() == null ? "TOTAL" : "KIND") + "'"
                                + " AND c.month >= :from AND c.month < :until" + countConditions(scope) + " GROUP BY 1",
                        scope)
                .param("from", first.from())
                .param("until", last.until())
                .query((rs, n) -> found.put(rs.getObject(1, java.time.LocalDate.class), rs.getLong(2)))
                .list();
        Map<Period, Long> series = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            Period p = first.plus(i);
            series.put(p, found.getOrDefault(p.from(), 0L));
        }
        return series;
    }

    /** The department × kind counts of the period (cells with zero are absent). */
    public List<Cell> heatMap(Scope scope, Period p) {
        return sql(
                        "SELECT c.department_id, c.key, sum(c.n) FROM insights_month_count c WHERE c.tenant_id = :tenant"
                                + " AND c.dimension = 'KIND' AND c.month >= :from AND c.month < :until"
                                + countConditions(scope)
                                + " GROUP BY 1, 2 HAVING sum(c.n) > 0",
                        scope)
                .param("from", p.from())
                .param("until", p.until())
                .query((rs, n) -> new Cell(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)))
                .list();
    }

    /** Perpetrators or addresses seen at least twice in the twelve months ending with the period. */
    public Repeats repeats(Scope scope, Period p) {
        // with a kind: that kind's rows, which carry the perpetrator key (index on kind and date), not all incidents
        String alias = scope.kind() == null ? "i" : "k";
        String incidents = scope.kind() == null
                ? " FROM insights_incident i WHERE i.tenant_id = :tenant"
                : " FROM insights_incident_kind k WHERE k.tenant_id = :tenant AND k.kind = :kind";
        return sql(
                        "SELECT count(*), coalesce(sum(n), 0) FROM (SELECT " + alias + ".perpetrator_key, count(*) AS n"
                                + incidents + " AND " + alias + ".perpetrator_key IS NOT NULL AND " + alias
                                + ".occurred_on >= :from AND "
                                + alias + ".occurred_on < :until"
                                + (scope.department() == null ? "" : " AND " + alias + ".department_id = :department")
                                + " GROUP BY 1 HAVING count(*) >= 2) r",
                        scope)
                .param("from", p.until().minusYears(1))
                .param("until", p.until())
                .query((rs, n) -> new Repeats(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** Follow-up shares over the incidents that occurred in the period (kept per month, department and kind). */
    public Health health(Scope scope, Period p) {
        return sql(
                        "SELECT coalesce(sum(c.incidents), 0), coalesce(sum(c.aftercare_24h), 0),"
                                + " coalesce(sum(c.response_48h), 0), coalesce(sum(c.feedback), 0) FROM insights_month_followup c"
                                + " WHERE c.tenant_id = :tenant AND c.month >= :from AND c.month < :until"
                                + followUpConditions(scope),
                        scope)
                .param("from", p.from())
                .param("until", p.until())
                .query((rs, n) -> new Health(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    /** Conditions on {@code insights_month_followup c} for the scope: the rows of all incidents, or of one kind. */
    private static String followUpConditions(Scope scope) {
        return (scope.kind() == null ? " AND c.kind IS NULL" : " AND c.kind = :kind")
                + (scope.department() == null ? "" : " AND c.department_id = :department");
    }

    /**
     * Per follow-up measure, how many incidents not yet closed still lack it, and how many of those are past
     * the measure's standard deadline counted from registration ({@link Deadlines}); null where a measure has none.
     * The open ones are kept per month, department and kind; the overdue ones are the open ones minus those
     * registered within the deadline, read from the facts in the same statement (one snapshot).
     */
    public List<OpenSteps> openSteps(Scope scope) {
        List<String> steps = Deadlines.STEPS;
        StringBuilder open = new StringBuilder();
        StringBuilder recent = new StringBuilder();
        java.time.Duration longest = java.time.Duration.ZERO;
        for (String step : steps) {
            String column = Deadlines.column(step);
            open.append(open.isEmpty() ? "" : ", ")
                    .append("coalesce(sum(c.open_")
                    .append(column, 0, column.length() - 3)
                    .append("), 0)");
            var deadline = Deadlines.STANDARD.get(step);
            if (deadline != null) {
                recent.append(recent.isEmpty() ? "" : ", ")
                        .append("count(*) FILTER (WHERE i.")
                        .append(column)
                        .append(" IS NULL AND i.registered_at >= now() - interval '")
                        .append(deadline.toHours())
                        .append(" hours')");
                longest = deadline.compareTo(longest) > 0 ? deadline : longest;
            }
        }
        String sql = "SELECT o.*, r.* FROM (SELECT " + open
                + " FROM insights_month_followup c WHERE c.tenant_id = :tenant"
                + followUpConditions(scope) + ") o, (SELECT " + recent
                + " FROM insights_incident i WHERE i.tenant_id = :tenant"
                + " AND i.closed_at IS NULL AND i.registered_at >= now() - interval '" + longest.toHours() + " hours'"
                + scope.incidentConditions() + ") r";
        return sql(sql, scope)
                .query((rs, n) -> {
                    List<OpenSteps> list = new ArrayList<>();
                    int r = steps.size();
                    for (int s = 0; s < steps.size(); s++) {
                        long count = rs.getLong(s + 1);
                        Long overdue = null;
                        if (Deadlines.STANDARD.containsKey(steps.get(s))) {
                            overdue = count - rs.getLong(++r);
                        }
                        list.add(new OpenSteps(steps.get(s), count, overdue));
                    }
                    return list;
                })
                .single();
    }

    /** One incident of the raw export; for confidential incidents only date, kinds and follow-up are filled. */
    public record Fact(
            UUID incidentId,
            java.time.LocalDate occurredOn,
            java.time.Instant registeredAt,
            UUID department,
            UUID position,
            String workProcess,
            String locationType,
            String relation,
            String severity,
            boolean confidential,
            String kinds,
            java.time.Instant aftercareAt,
            java.time.Instant responseAt,
            java.time.Instant feedbackAt,
            java.time.Instant closedAt) {}

    /** The incidents of the period in this scope, oldest first, handed one by one to {@code sink}. */
    public void facts(Scope scope, Period p, java.util.function.Consumer<Fact> sink) {
        sql(
                        "SELECT i.incident_id, i.occurred_on, i.registered_at,"
                                + " CASE WHEN i.confidential THEN NULL ELSE i.department_id END,"
                                + " CASE WHEN i.confidential THEN NULL ELSE i.position_id END,"
                                + " CASE WHEN i.confidential THEN NULL ELSE i.work_process END,"
                                + " CASE WHEN i.confidential THEN NULL ELSE i.location_type END,"
                                + " CASE WHEN i.confidential THEN NULL ELSE i.perpetrator_relation END, i.severity, i.confidential,"
                                + " (SELECT string_agg(k.kind, ',' ORDER BY k.kind) FROM insights_incident_kind k"
                                + "   WHERE k.tenant_id = i.tenant_id AND k.incident_id = i.incident_id),"
                                + " i.aftercare_at, i.perpetrator_response_at, i.feedback_at, i.closed_at"
                                + " FROM insights_incident i WHERE i.tenant_id = :tenant AND i.occurred_on >= :from AND i.occurred_on < :until"
                                + scope.incidentConditions() + " ORDER BY i.occurred_at",
                        scope)
                .param("from", p.from())
                .param("until", p.until())
                .query(rs -> {
                    sink.accept(new Fact(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, java.time.LocalDate.class),
                            instant(rs, 3),
                            rs.getObject(4, UUID.class),
                            rs.getObject(5, UUID.class),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getBoolean(10),
                            rs.getString(11),
                            instant(rs, 12),
                            instant(rs, 13),
                            instant(rs, 14),
                            instant(rs, 15)));
                });
    }

    private static java.time.Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private JdbcClient.StatementSpec sql(String sql, Scope scope) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("tenant", TenantContext.require());
        if (scope.department() != null) {
            spec = spec.param("department", scope.department());
        }
        if (scope.kind() != null) {
            spec = spec.param("kind", scope.kind());
        }
        return spec;
    }
}
