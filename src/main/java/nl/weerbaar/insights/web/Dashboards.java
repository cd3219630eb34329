package nl.weerbaar.insights.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.insights.dashboard.Dimension;
import nl.weerbaar.insights.dashboard.Insights;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.insights.dashboard.Scope;
import nl.weerbaar.insights.dashboard.SmallNumbers;
import nl.weerbaar.insights.settings.InsightsSettings;
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

  Dashboards(Insights insights, InsightsSettings settings, Organisation organisation, MessageSource messages) {
    this.insights = insights;
    this.settings = settings;
    this.organisation = organisation;
    this.messages = messages;
  }

  @Transactional(readOnly = true)
  public DashboardView build(Viewer viewer, Filter filter) {
    Scope scope = scope(viewer, filter);
    Period period = filter.period();
    SmallNumbers numbers = new SmallNumbers(settings.current().minCell(), viewer.exact());
    Labels labels = new Labels(messages, organisation);
    Map<UUID, String> departments = new LinkedHashMap<>();
    organisation.departments().stream().filter(d -> scope.department() == null || d.id().equals(scope.department()))
        .forEach(d -> departments.put(d.id(), d.name()));
    Insights.Row totals = insights.totals(scope, period);
    List<Insights.Row> rows = insights.byDimension(filter.by, scope, period);
    List<Insights.Row> byDepartment = filter.by == Dimension.DEPARTMENT ? rows
        : insights.byDimension(Dimension.DEPARTMENT, scope, period);
    Map<UUID, Long> departmentTotals = new HashMap<>();
    byDepartment.forEach(r -> departmentTotals.put(r.key() == null ? null : UUID.fromString(r.key()), r.now()));
    HeatMap heatMap = HeatMap.of(insights.heatMap(scope, period), departments, Filter.KINDS, departmentTotals);
    Masks masks = masks(viewer, numbers, filter.by, scope, period, totals, rows, heatMap);
    return new DashboardView(viewer, filter, scope, period, numbers, labels, totals,
        Series.of(insights.series(scope, period, 12), numbers, p -> p.equals(period) && masks.totalHidden("now")
            || p.equals(period.previous()) && masks.totalHidden("previous")
            || p.equals(period.yearBefore()) && masks.totalHidden("year")),
        rows, heatMap,
        insights.byDimension(Dimension.WORK_PROCESS, scope, period).stream()
            .filter(r -> r.key() != null && r.now() > 0).limit(5).toList(),
        insights.repeats(scope, period),
        insights.health(scope, period),
        insights.openSteps(scope), masks);
  }

  /**
   * For a filtered view of a viewer who may see the whole municipality the masks are decided on the whole
   * municipality's heat map as well (see {@link Masks}). A manager sees no other department, so the own views decide.
   */
  private Masks masks(Viewer viewer, SmallNumbers numbers, Dimension by, Scope scope, Period period,
      Insights.Row totals, List<Insights.Row> rows, HeatMap heatMap) {
    if (numbers.exact() || viewer.manager() || (scope.department() == null && scope.kind() == null)) {
      return Masks.of(numbers, by, scope, totals, rows, heatMap, heatMap, totals.now());
    }
    Scope all = new Scope(null, null);
    Map<UUID, String> departments = new LinkedHashMap<>();
    organisation.departments().forEach(d -> departments.put(d.id(), d.name()));
    Map<UUID, Long> departmentTotals = new HashMap<>();
    insights.byDimension(Dimension.DEPARTMENT, all, period)
        .forEach(r -> departmentTotals.put(r.key() == null ? null : UUID.fromString(r.key()), r.now()));
    HeatMap whole = HeatMap.of(insights.heatMap(all, period), departments, Filter.KINDS, departmentTotals);
    return Masks.of(numbers, by, scope, totals, rows, heatMap, whole, insights.total(all, period));
  }

  private Scope scope(Viewer viewer, Filter filter) {
    if (viewer.manager()) {
      return new Scope(viewer.department(), filter.kind);
    }
    if (filter.department != null && organisation.department(filter.department).isEmpty()) {
      throw new NotFoundException("department", filter.department);
    }
    return new Scope(filter.department, filter.kind);
  }
}
