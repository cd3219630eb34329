package nl.weerbaar.insights.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.insights.dashboard.Dimension;
import nl.weerbaar.insights.dashboard.Insights;
import nl.weerbaar.insights.dashboard.Period;
import nl.weerbaar.insights.dashboard.Trend;
import nl.weerbaar.insights.web.DashboardCharts;
import nl.weerbaar.insights.web.DashboardView;
import nl.weerbaar.insights.web.Dashboards;
import nl.weerbaar.insights.web.Filter;
import nl.weerbaar.insights.web.Masks;
import nl.weerbaar.insights.web.Viewer;
import nl.weerbaar.platform.Municipalities;
import nl.weerbaar.platform.PdfDocuments;
import nl.weerbaar.platform.TenantContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The report for the municipal secretary: the municipality-wide figures of one quarter or one year with small
 * numbers hidden (the secretary is outside the case handling); a one-page management summary up front (key
 * figures and sentences written from the figures by message templates), then the charts of the analyses and the
 * tables.
 */
@Service("insightsQuarterlyReport")
public class QuarterlyReport {

    private final Dashboards dashboards;
    private final Municipalities municipalities;
    private final MessageSource messages;
    private final PdfDocuments documents;

    QuarterlyReport(
            Dashboards dashboards, Municipalities municipalities, MessageSource messages, PdfDocuments documents) {
        this.dashboards = dashboards;
        this.municipalities = municipalities;
        this.messages = messages;
        this.documents = documents;
    }

    /** The PDF of {@code quarter} (a quarter or a year) for the current municipality. */
    public byte[] pdf(Period quarter, Locale locale) {
        String granularity = quarter.granularity().name();
        Filter filter =
                new Filter(granularity, quarter.from().toString(), Dimension.KIND.name(), null, null, quarter.from());
        DashboardView view = dashboards.build(Viewer.secretary(), filter);
        DashboardView byDepartment = dashboards.build(
                Viewer.secretary(),
                new Filter(
                        granularity,
                        quarter.from().toString(),
                        Dimension.DEPARTMENT.name(),
                        null,
                        null,
                        quarter.from()));
        boolean year = quarter.granularity() == Period.Granularity.YEAR;
        Map<String, Object> vars = new HashMap<>();
        vars.put("year", year);
        vars.put(
                "charts",
                DashboardCharts.forReport(view, key -> msg(key, locale), (key, args) -> msg(key, locale, args)));
        vars.put("view", view);
        vars.put("departments", byDepartment.rows());
        vars.put("departmentMasks", byDepartment.masks());
        String municipality = municipalities
                .byId(TenantContext.require())
                .map(Municipalities.Municipality::name)
                .orElse("");
        String label = quarter.label(msg("insights.quarterLetter", locale));
        vars.put("municipality", municipality);
        vars.put("quarter", label);
        vars.put("summary", summary(view, byDepartment, locale));
        return documents.render(
                "insights/report",
                vars,
                msg(year ? "insights.report.title.YEAR" : "insights.report.title", locale, municipality, label),
                locale);
    }

    /** A few sentences produced from the figures. */
    List<String> summary(DashboardView view, DashboardView byDepartment, Locale locale) {
        List<String> lines = new ArrayList<>();
        Insights.Row t = view.totals();
        String q = view.period().label(msg("insights.quarterLetter", locale));
        String hidden = msg("insights.protected", locale);
        Masks masks = view.masks();
        lines.add(msg(
                view.period().granularity() == Period.Granularity.YEAR
                        ? "insights.report.summary.total.YEAR"
                        : "insights.report.summary.total",
                locale,
                q,
                orElse(masks.showTotal("now", t), hidden),
                orElse(masks.showTotal("previous", t), hidden),
                msg("insights.report.trend." + t.trendPrevious(), locale),
                orElse(masks.showTotal("year", t), hidden),
                msg("insights.report.trend." + t.trendYear(), locale)));
        byDepartment.rows().stream()
                .filter(r -> r.now() > 0 && byDepartment.masks().rowShown("now", r))
                .findFirst()
                .ifPresent(r -> lines.add(msg(
                        "insights.report.summary.department",
                        locale,
                        view.labels().of(Dimension.DEPARTMENT, r.key()),
                        view.numbers().show(r.now()))));
        view.rows().stream()
                .filter(r -> r.now() > 0 && masks.rowShown("now", r))
                .findFirst()
                .ifPresent(r -> lines.add(msg(
                        "insights.report.summary.kind",
                        locale,
                        view.labels().kind(r.key()),
                        view.numbers().show(r.now()))));
        Insights.Health h = view.health();
        Integer aftercare = view.numbers().percent(h.aftercareWithin24h(), h.incidents());
        Integer feedback = view.numbers().percent(h.feedbackGiven(), h.incidents());
        if (aftercare != null && feedback != null) {
            lines.add(msg("insights.report.summary.health", locale, aftercare, feedback));
        } else {
            lines.add(msg("insights.report.summary.healthTooFew", locale));
        }
        if (t.trendPrevious() == Trend.TOO_FEW) {
            lines.add(msg("insights.report.summary.tooFew", locale));
        }
        return lines;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
