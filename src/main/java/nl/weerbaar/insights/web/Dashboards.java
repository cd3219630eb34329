package nl.weerbaar.insights.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.insights.dashboard.Benchmark;
import nl.weerbaar.insights.dashboard.Dimension;
import nl.weerbaar.insights.dashboard.Insights;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.insights.dashboard.Scope;
import nl.weerbaar.insights.dashboard.SmallNumbers;
import nl.weerbaar.insights.settings.InsightsSettings;
import nl.weerbaar.platform.AuditLog;
import nl.weerbaar.platform.NotFoundException;
import nl.weerbaar.platform.Organisation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a {@link DashboardView} for a viewer: a manager is held to the own department whatever the
 * filter says; a department of another municipality is not found.
 */
@Service("insightsDashboards")
public class Dashboards {

    private final Insights insights;
    private final InsightsSettings settings;
    private final Organisation organisation;
    private final MessageSource messages;
    private final Benchmark benchmark;
    private final AuditLog audit;

    Dashboards(
            Insights insights,
            InsightsSettings settings,
            Organisation organisation,
            MessageSource messages,
            Benchmark benchmark,
            AuditLog audit) {
        this.benchmark = benchmark;
        this.audit = audit;
        this.insights = insights;
        this.settings = settings;
        this.organisation = organisation;
        this.messages = messages;
    }

    /** What the dashboard page shows besides the view: the settings, the departments to filter on, the benchmark. */
    public record Page(
            DashboardView view,
            InsightsSettings.Values settings,
            List<Organisation.Department> departments,
            List<Benchmark.Line> benchmark) {}

    /**
     * The dashboard page of a viewer, read in one transaction which also records the read in the audit log. The
     * benchmark (other municipalities) is left out for managers.
     */
    @Transactional
    public Page page(Viewer viewer, Filter filter) {
        InsightsSettings.Values values = settings.current();
        List<Organisation.Department> all = organisation.departments();
        DashboardView view = build(viewer, filter, values, all);
        audit.read(
                "insights-dashboard",
                view.scope().department(),
                "analysis " + view.period().label("Q"));
        return new Page(
                view, values, all, viewer.manager() ? List.of() : benchmark.compare(view.period(), values.minCell()));
    }

    /** Writes the raw export: given the view, it writes the head and returns where each fact goes. */
    public interface RawWriter {
        java.util.function.Consumer<Insights.Fact> start(DashboardView view) throws java.io.IOException;
    }

    /**
     * The raw export of a viewer (one fact per incident of the period), read in one transaction which also records
     * the export in the audit log.
     */
    @Transactional
    public void rawExport(Viewer viewer, Filter filter, RawWriter writer) throws java.io.IOException {
        DashboardView view = build(viewer, filter);
        audit.record(
                AuditLog.Action.EXPORT,
                "insights-raw",
                view.scope().department(),
                "raw export " + view.period().label("Q"));
        insights.facts(view.scope(), view.period(), writer.start(view));
    }

    @Transactional(readOnly = true)
    public DashboardView build(Viewer viewer, Filter filter) {
        return build(viewer, filter, settings.current(), organisation.departments());
    }

    private DashboardView build(
            Viewer viewer, Filter filter, InsightsSettings.Values values, List<Organisation.Department> all) {
        Scope scope = scope(viewer, filter, all);
        Period period = filter.period();
        SmallNumbers numbers = new SmallNumbers(values.minCell(), viewer.exact());
        Labels labels = new Labels(messages, all, organisation.positions());
        Map<UUID, String> departments = new LinkedHashMap<>();
        all.stream()
                .filter(d -> scope.department() == null || d.id().equals(scope.department()))
                .forEach(d -> departments.put(d.id(), d.name()));
        Insights.Figures figures = insights.figures(filter.by, scope, period);
        Insights.Row totals = figures.totals();
        List<Insights.Row> rows = figures.rows();
        Map<UUID, Long> departmentTotals = new HashMap<>();
        figures.byDepartment()
                .forEach(r -> departmentTotals.put(r.key() == null ? null : UUID.fromString(r.key()), r.now()));
        HeatMap heatMap = HeatMap.of(figures.heatMap(), departments, Filter.KINDS, departmentTotals);
        Masks masks = masks(viewer, numbers, filter.by, scope, period, totals, rows, heatMap, all);
        return new DashboardView(
                viewer,
                filter,
                scope,
                period,
                numbers,
                labels,
                totals,
                Series.of(
                        figures.series(),
                        numbers,
                        p -> p.equals(period) && masks.totalHidden("now")
                                || p.equals(period.previous()) && masks.totalHidden("previous")
                                || p.equals(period.yearBefore()) && masks.totalHidden("year")),
                rows,
                heatMap,
                figures.processes().stream()
                        .filter(r -> r.key() != null && r.now() > 0)
                        .limit(5)
                        .toList(),
                figures.repeats(),
                figures.health(),
                figures.openSteps(),
                masks);
    }

    /**
     * For a filtered view of a viewer who may see the whole municipality the masks are decided on the whole
     * municipality's heat map as well (see {@link Masks}). A manager sees no other department, so the own views decide.
     */
    private Masks masks(
            Viewer viewer,
            SmallNumbers numbers,
            Dimension by,
            Scope scope,
            Period period,
            Insights.Row totals,
            List<Insights.Row> rows,
            HeatMap heatMap,
            List<Organisation.Department> allDepartments) {
        if (numbers.exact() || viewer.manager() || (scope.department() == null && scope.kind() == null)) {
            return Masks.of(numbers, by, scope, totals, rows, heatMap, heatMap, totals.now());
        }
        Scope all = new Scope(null, null);
        Map<UUID, String> departments = new LinkedHashMap<>();
        allDepartments.forEach(d -> departments.put(d.id(), d.name()));
        Map<UUID, Long> departmentTotals = new HashMap<>();
        insights.byDimension(Dimension.DEPARTMENT, all, period)
                .forEach(r -> departmentTotals.put(r.key() == null ? null : UUID.fromString(r.key()), r.now()));
        HeatMap whole = HeatMap.of(insights.heatMap(all, period), departments, Filter.KINDS, departmentTotals);
        long wholeTotal =
                departmentTotals.values().stream().mapToLong(Long::longValue).sum();
        return Masks.of(numbers, by, scope, totals, rows, heatMap, whole, wholeTotal);
    }

    /** {@code all}: the municipality's departments (row-level security leaves out other municipalities'). */
    private Scope scope(Viewer viewer, Filter filter, List<Organisation.Department> all) {
        if (viewer.manager()) {
            return new Scope(viewer.department(), filter.kind);
        }
        if (filter.department != null && all.stream().noneMatch(d -> d.id().equals(filter.department))) {
            throw new NotFoundException("department", filter.department);
        }
        return new Scope(filter.department, filter.kind);
    }
}
