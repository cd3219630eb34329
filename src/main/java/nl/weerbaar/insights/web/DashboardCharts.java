package nl.weerbaar.insights.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.weerbaar.insights.dashboard.Insights;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.insights.dashboard.SmallNumbers;
import nl.weerbaar.platform.chart.Chart;
import nl.weerbaar.platform.chart.Charts;
import nl.weerbaar.platform.chart.Datum;
import nl.weerbaar.platform.chart.Series;

/**
 * The dashboard's charts, built from the same masked figures as its tables (ADR 0200, ADR 0017): a count the table
 * hides is not drawn and says the same "<5" or "verborgen". {@code quarters} is null unless the view is per quarter.
 */
public record DashboardCharts(Chart quarters, Chart trend, Chart departments, Chart kinds, Chart timeliness) {

    /** The charts of a report (no links to incidents in a PDF), from the view the report prints. */
    public static DashboardCharts forReport(
            DashboardView view, Function<String, String> text, BiFunction<String, Object[], String> format) {
        HeatTable heat = HeatTable.of(
                view.heatMap(),
                view.masks(),
                new Links(view.scope(), false),
                view.period(),
                view.labels(),
                view.totals());
        return of(view, heat, text, format);
    }

    /**
     * @param text a message by key; {@code format} a message by key with arguments
     */
    static DashboardCharts of(
            DashboardView view,
            HeatTable heat,
            Function<String, String> text,
            BiFunction<String, Object[], String> format) {
        SmallNumbers numbers = view.numbers();
        String hidden = text.apply("insights.protected");
        String q = text.apply("insights.quarterLetter");
        List<nl.weerbaar.insights.web.Series.Point> points = view.series().points();
        List<String> labels = points.stream().map(p -> p.period().label(q)).toList();
        List<Datum> counts = points.stream().map(p -> datum(p, numbers, hidden)).toList();
        String granularity =
                text.apply("insights.granularity.inText." + view.period().granularity());
        Chart trend = Charts.line(
                "chart-trend",
                text.apply("insights.chart.trend.title"),
                format.apply("insights.chart.trend.description", new Object[] {granularity}),
                text.apply("insights.col.period"),
                labels,
                List.of(new Series(text.apply("insights.col.count"), counts)));
        Chart quarters = null;
        if (view.period().granularity() == Period.Granularity.QUARTER && points.size() >= 8) {
            int from = points.size() - 4;
            List<String> names = new ArrayList<>();
            List<Datum> before = new ArrayList<>();
            List<Datum> now = new ArrayList<>();
            for (int i = from; i < points.size(); i++) {
                names.add(q + points.get(i).period().from().get(java.time.temporal.IsoFields.QUARTER_OF_YEAR));
                before.add(counts.get(i - 4));
                now.add(counts.get(i));
            }
            Period last = points.get(points.size() - 1).period();
            Period first = points.get(from).period();
            quarters = Charts.columns(
                    "chart-quarters",
                    text.apply("insights.chart.quarters.title"),
                    format.apply("insights.chart.quarters.description", new Object[] {first.label(q), last.label(q)}),
                    text.apply("insights.chart.quarter"),
                    names,
                    List.of(
                            new Series(text.apply("insights.chart.yearBefore"), before),
                            new Series(text.apply("insights.chart.thisYear"), now)));
        }
        String period = view.period().label(q);
        Chart departments = heat.lines().isEmpty()
                ? null
                : Charts.bars(
                        "chart-departments",
                        text.apply("insights.chart.departments.title"),
                        format.apply("insights.chart.departments.description", new Object[] {period}),
                        text.apply("insights.dimension.DEPARTMENT"),
                        heat.lines().stream().map(HeatTable.Line::name).toList(),
                        List.of(new Series(
                                text.apply("insights.heat.incidents"),
                                heat.lines().stream()
                                        .map(l -> shown(l.total(), hidden))
                                        .toList())));
        Chart kinds = heat.lines().isEmpty()
                ? null
                : Charts.bars(
                        "chart-kinds",
                        text.apply("insights.chart.kinds.title"),
                        format.apply("insights.chart.kinds.description", new Object[] {period}),
                        text.apply("insights.dimension.KIND"),
                        view.heatMap().kinds().stream()
                                .map(k -> view.labels().kind(k))
                                .toList(),
                        List.of(new Series(
                                text.apply("insights.heat.incidents"),
                                heat.kindTotals().stream()
                                        .map(t -> shown(t, hidden))
                                        .toList())));
        Insights.Health health = view.health();
        String tooFew = text.apply("insights.share.tooFew");
        Chart timeliness = Charts.bars(
                "chart-timeliness",
                text.apply("insights.chart.timeliness.title"),
                format.apply("insights.chart.timeliness.description", new Object[] {numbers.show(health.incidents())}),
                text.apply("insights.chart.step"),
                List.of(
                        text.apply("insights.health.aftercare"),
                        text.apply("insights.health.response"),
                        text.apply("insights.health.feedback")),
                List.of(new Series(
                        text.apply("insights.chart.share"),
                        List.of(
                                share(numbers.percent(health.aftercareWithin24h(), health.incidents()), tooFew),
                                share(numbers.percent(health.responseWithin48h(), health.incidents()), tooFew),
                                share(numbers.percent(health.feedbackGiven(), health.incidents()), tooFew)))));
        return new DashboardCharts(quarters, trend, departments, kinds, timeliness);
    }

    private static Datum datum(nl.weerbaar.insights.web.Series.Point p, SmallNumbers numbers, String hidden) {
        if (p.hidden()) {
            return Datum.hidden(numbers.hides(p.count()) ? numbers.show(p.count()) : hidden);
        }
        return Datum.of(p.count());
    }

    /** A count as the table prints it: a number is drawn, anything else ("<5", null = hidden) is not. */
    private static Datum shown(String text, String hidden) {
        if (text == null) {
            return Datum.hidden(hidden);
        }
        try {
            return Datum.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Datum.hidden(text);
        }
    }

    private static Datum share(Integer percent, String tooFew) {
        return percent == null ? Datum.hidden(tooFew) : Datum.of(percent, percent + "%");
    }
}
