package nl.weerbaar.insights.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.weerbaar.insights.dashboard.Benchmark;
import nl.weerbaar.insights.dashboard.Dimension;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.meldpunt.MeldpuntFigures;
import nl.weerbaar.platform.CurrentUser;
import nl.weerbaar.platform.DutchTime;
import nl.weerbaar.platform.SmallCells;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analyses dashboard: the coordinator and the secretary see the whole municipality, a manager the own
 * department. Small numbers are hidden for everyone but the coordinator. Works without JavaScript.
 */
@Controller("insightsDashboardController")
@PreAuthorize("hasAnyRole('COORDINATOR', 'SECRETARY', 'MANAGER')")
class DashboardController {

    private final Dashboards dashboards;
    private final IncidentList incidentList;
    private final MessageSource messages;
    private final Clock clock;
    private final MeldpuntFigures meldpunt;

    DashboardController(
            Dashboards dashboards,
            IncidentList incidentList,
            MessageSource messages,
            Clock clock,
            MeldpuntFigures meldpunt) {
        this.clock = clock;
        this.meldpunt = meldpunt;
        this.incidentList = incidentList;
        this.dashboards = dashboards;
        this.messages = messages;
    }

    @GetMapping("/insights")
    String dashboard(
            @RequestParam(required = false) String granularity,
            @RequestParam(required = false) String at,
            @RequestParam(required = false) String by,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String kind,
            Model model) {
        Viewer viewer = Viewer.of(CurrentUser.require());
        Filter filter = new Filter(granularity, at, by, department, kind, DutchTime.today(clock));
        Dashboards.Page page = dashboards.page(viewer, filter);
        DashboardView view = page.view();
        model.addAttribute("view", view);
        model.addAttribute("viewer", viewer);
        model.addAttribute("filter", filter);
        model.addAttribute("errors", filter.errors());
        model.addAttribute("scope", view.scope());
        model.addAttribute("period", view.period());
        model.addAttribute("numbers", view.numbers());
        model.addAttribute("masks", view.masks());
        model.addAttribute("labels", view.labels());
        Links links = new Links(view.scope(), incidentList.available());
        model.addAttribute("totals", view.totals());
        model.addAttribute("rows", view.rows());
        model.addAttribute("heatMap", view.heatMap());
        // the long tables' rows are written in Java (TableRows): far cheaper than hundreds of template expressions
        Locale locale = LocaleContextHolder.getLocale();
        Function<String, String> text = key -> messages.getMessage(key, null, locale);
        String hidden = text.apply("insights.protected");
        model.addAttribute(
                "seriesRows",
                TableRows.series(view.series(), view.numbers(), links, text.apply("insights.quarterLetter"), hidden));
        model.addAttribute(
                "dimensionRows",
                TableRows.dimension(
                        DimensionTable.of(view.rows(), filter.by, view.masks(), links, view.period(), view.labels()),
                        hidden,
                        text));
        model.addAttribute(
                "granularityOptions",
                TableRows.options(java.util.Arrays.stream(Period.Granularity.values())
                        .map(g -> new TableRows.Option(
                                g.name(), text.apply("insights.granularity." + g), g == filter.granularity))
                        .toList()));
        String all = text.apply("insights.filter.all");
        model.addAttribute(
                "departmentOptions",
                TableRows.optionsAfterAll(
                        all,
                        page.departments().stream()
                                .map(d -> new TableRows.Option(
                                        d.id().toString(),
                                        d.name(),
                                        d.id().equals(view.scope().department())))
                                .toList()));
        model.addAttribute(
                "kindOptions",
                TableRows.optionsAfterAll(
                        all,
                        Filter.KINDS.stream()
                                .map(k -> new TableRows.Option(
                                        k,
                                        text.apply("insights.kind." + k),
                                        k.equals(view.scope().kind())))
                                .toList()));
        model.addAttribute(
                "byOptions",
                TableRows.options(java.util.Arrays.stream(Dimension.values())
                        .map(d -> new TableRows.Option(d.name(), text.apply("insights.dimension." + d), d == filter.by))
                        .toList()));
        HeatTable heatTable =
                HeatTable.of(view.heatMap(), view.masks(), links, view.period(), view.labels(), view.totals());
        model.addAttribute("heatTable", heatTable);
        model.addAttribute("heatRows", heatTable.body(hidden));
        model.addAttribute(
                "charts",
                DashboardCharts.of(view, heatTable, text, (key, args) -> messages.getMessage(key, args, locale)));
        model.addAttribute("processes", view.processes());
        model.addAttribute("repeats", view.repeats());
        model.addAttribute("health", view.health());
        model.addAttribute("openSteps", view.openSteps());
        model.addAttribute("exportQuery", filter.query(view.scope().department()));
        model.addAttribute("exportTables", Tables.NAMES);
        if (!viewer.manager()) {
            // the report on a chosen period: the last eight complete quarters, this year and the two before
            Period lastQuarter = Period.containing(Period.Granularity.QUARTER, DutchTime.today(clock))
                    .previous();
            Period thisYear = Period.containing(Period.Granularity.YEAR, DutchTime.today(clock));
            model.addAttribute(
                    "reportQuarters",
                    java.util.stream.IntStream.range(0, 8)
                            .mapToObj(i -> lastQuarter.plus(-i))
                            .toList());
            model.addAttribute(
                    "reportYears",
                    java.util.stream.IntStream.range(0, 3)
                            .mapToObj(i -> thisYear.plus(-i))
                            .toList());
            model.addAttribute("benchmarkOptIn", page.settings().benchmarkOptIn());
            model.addAttribute("benchmark", page.benchmark());
            model.addAttribute("benchmarkHidden", benchmarkHidden(page.benchmark(), view));
            model.addAttribute(
                    "meldpunt",
                    MeldpuntSection.of(meldpunt, view.period(), view.numbers().min()));
        }
        return "insights/dashboard";
    }

    /**
     * The own counts per kind of department add up to the municipality's total of the period, so a small one is
     * hidden together with the next smallest ({@link SmallCells}).
     */
    private static Set<String> benchmarkHidden(List<Benchmark.Line> lines, DashboardView view) {
        if (view.numbers().exact()) {
            return Set.of();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        lines.forEach(l -> counts.put(l.category(), l.ownCount()));
        return SmallCells.line(counts, view.numbers().min());
    }
}
