package nl.weerbaar.insights.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.weerbaar.insights.dashboard.Insights;
import nl.weerbaar.insights.dashboard.SmallNumbers;
import nl.weerbaar.insights.export.Table;
import org.springframework.context.MessageSource;

/**
 * Every aggregate of a dashboard as an export table, with the same small-number rule as the page: a small count
 * becomes the text "&lt;5", a count hidden to protect another the word for hidden, a visible one a number.
 */
final class Tables {

    static final List<String> NAMES =
            List.of("series", "dimension", "heatmap", "processes", "repeats", "health", "open");

    private final DashboardView view;
    private final MessageSource messages;
    private final Locale locale;
    private final SmallNumbers numbers;

    Tables(DashboardView view, MessageSource messages, Locale locale) {
        this.view = view;
        this.messages = messages;
        this.locale = locale;
        this.numbers = view.numbers();
    }

    List<Table> all() {
        return NAMES.stream().map(this::table).toList();
    }

    Table table(String name) {
        return switch (name) {
            case "series" -> series();
            case "dimension" -> dimension();
            case "heatmap" -> heatMap();
            case "processes" -> processes();
            case "repeats" -> repeats();
            case "health" -> health();
            case "open" -> open();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private Table series() {
        List<List<Object>> rows = new ArrayList<>();
        view.series()
                .points()
                .forEach(p -> rows.add(List.of(
                        p.period().label(msg("insights.quarterLetter")),
                        p.hidden() && !numbers.hides(p.count()) ? msg("insights.protected") : count(p.count()))));
        return new Table(
                msg("insights.export.series"), List.of(msg("insights.col.period"), msg("insights.col.count")), rows);
    }

    private Table dimension() {
        List<List<Object>> rows = new ArrayList<>();
        for (Insights.Row r : view.rows()) {
            Masks m = view.masks();
            rows.add(List.of(
                    view.labels().of(view.filter().by, r.key()),
                    shown(m.showRow("now", r), r.now()),
                    shown(m.showRow("previous", r), r.previous()),
                    change(m.changeRow("previous", r)),
                    msg("insights.trend." + r.trendPrevious()),
                    shown(m.showRow("year", r), r.yearBefore()),
                    change(m.changeRow("year", r)),
                    msg("insights.trend." + r.trendYear())));
        }
        return new Table(
                msg("insights.dimension." + view.filter().by),
                List.of(
                        msg("insights.dimension." + view.filter().by),
                        msg("insights.col.now"),
                        msg("insights.col.previous"),
                        msg("insights.export.changePercent"),
                        msg("insights.export.trend"),
                        msg("insights.col.yearBefore"),
                        msg("insights.export.changePercent"),
                        msg("insights.export.trend")),
                rows);
    }

    private Table heatMap() {
        List<String> headers = new ArrayList<>();
        headers.add(msg("insights.dimension.DEPARTMENT"));
        view.heatMap().kinds().forEach(k -> headers.add(view.labels().kind(k)));
        headers.add(msg("insights.heat.incidents"));
        Masks m = view.masks();
        HeatMap heat = view.heatMap();
        List<List<Object>> rows = new ArrayList<>();
        for (HeatMap.HeatRow row : heat.rows()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.name() == null ? view.labels().department(null) : row.name());
            row.cells().forEach(c -> cells.add(shown(m.showCell(row.department(), c.kind(), c.count()), c.count())));
            cells.add(shown(m.showDepartment(row.department(), row.total()), row.total()));
            rows.add(cells);
        }
        if (!heat.rows().isEmpty()) {
            List<Object> totals = new ArrayList<>();
            totals.add(msg("insights.heat.total"));
            for (int i = 0; i < heat.kinds().size(); i++) {
                totals.add(shown(
                        m.showKind(heat.kinds().get(i), heat.kindTotals().get(i)),
                        heat.kindTotals().get(i)));
            }
            totals.add(shown(m.showTotal("now", view.totals()), view.totals().now()));
            rows.add(totals);
        }
        return new Table(msg("insights.export.heatmap"), headers, rows);
    }

    private Table processes() {
        List<List<Object>> rows = new ArrayList<>();
        view.processes().forEach(r -> rows.add(List.of(r.key(), count(r.now()))));
        return new Table(
                msg("insights.dimension.WORK_PROCESS"),
                List.of(msg("insights.dimension.WORK_PROCESS"), msg("insights.col.now")),
                rows);
    }

    private Table repeats() {
        return new Table(
                msg("insights.repeats.heading"),
                List.of(msg("insights.repeats.keys"), msg("insights.repeats.incidents")),
                List.of(List.of(
                        count(view.repeats().keys()), count(view.repeats().incidents()))));
    }

    private Table health() {
        Insights.Health h = view.health();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(shareRow("insights.health.aftercare", h.aftercareWithin24h(), h.incidents()));
        rows.add(shareRow("insights.health.response", h.responseWithin48h(), h.incidents()));
        rows.add(shareRow("insights.health.feedback", h.feedbackGiven(), h.incidents()));
        return new Table(
                msg("insights.health.heading"),
                List.of(
                        msg("insights.open.step"),
                        msg("insights.export.percent"),
                        msg("insights.col.count"),
                        msg("insights.export.of")),
                rows);
    }

    private Table open() {
        List<List<Object>> rows = new ArrayList<>();
        view.openSteps()
                .forEach(s -> rows.add(List.of(
                        msg("insights.step." + s.step()),
                        count(s.open()),
                        s.overdue() == null ? "" : count(s.overdue()))));
        return new Table(
                msg("insights.export.open"),
                List.of(msg("insights.open.step"), msg("insights.open.open"), msg("insights.open.overdue")),
                rows);
    }

    private List<Object> shareRow(String key, long part, long whole) {
        Integer percent = numbers.percent(part, whole);
        return List.of(msg(key), percent == null ? "" : percent, count(part), count(whole));
    }

    private Object count(long n) {
        return numbers.hides(n) ? numbers.show(n) : (Object) n;
    }

    private Object change(Integer change) {
        return change == null ? "" : change;
    }

    /** A masked count: the number itself when shown as it is, else "&lt;5" or the word for hidden. */
    private Object shown(String text, long n) {
        if (text == null) {
            return msg("insights.protected");
        }
        return text.equals(Long.toString(n)) ? (Object) n : text;
    }

    private String msg(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
