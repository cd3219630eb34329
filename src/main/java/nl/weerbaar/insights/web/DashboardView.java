package nl.weerbaar.insights.web;

import java.util.List;
import nl.weerbaar.insights.dashboard.Insights;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.insights.dashboard.Scope;
import nl.weerbaar.insights.dashboard.SmallNumbers;

/**
 * Everything one dashboard shows, for one viewer and one set of filters. Counts are exact; {@code numbers} hides
 * small ones and {@code masks} decides which counts of the totals, the breakdown and the heat map stay hidden.
 */
public record DashboardView(
        Viewer viewer,
        Filter filter,
        Scope scope,
        Period period,
        SmallNumbers numbers,
        Labels labels,
        Insights.Row totals,
        Series series,
        List<Insights.Row> rows,
        HeatMap heatMap,
        List<Insights.Row> processes,
        Insights.Repeats repeats,
        Insights.Health health,
        List<Insights.OpenSteps> openSteps,
        Masks masks) {}
