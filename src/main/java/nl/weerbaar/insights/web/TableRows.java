package nl.weerbaar.insights.web;

import java.util.function.Function;
import nl.weerbaar.insights.dashboard.SmallNumbers;
import org.springframework.web.util.HtmlUtils;

/**
 * The rows of the dashboard's long tables and the options of its filters written as HTML, for {@code th:utext}:
 * the series, the breakdown, the heat map ({@link HeatTable#body(String)}) and the filters together evaluated about
 * six hundred template expressions per page, most of the time a dashboard request spent outside the database. Every text and link passes {@link #escape};
 * nothing else goes into the HTML. The templates keep each table's caption, head and foot.
 */
final class TableRows {

    private TableRows() {}

    /** Series rows: period, count linked to its incidents (hidden by the small-number rule), a bar without colour. */
    static String series(Series series, SmallNumbers numbers, Links links, String quarterLetter, String hiddenLabel) {
        StringBuilder html = new StringBuilder(series.points().size() * 400);
        for (Series.Point p : series.points()) {
            String count = p.hidden() && !numbers.hides(p.count()) ? hiddenLabel : numbers.show(p.count());
            String href = links.incidents(null, null, p.period());
            html.append("<tr><th scope=\"row\">")
                    .append(escape(p.period().label(quarterLetter)))
                    .append("</th>")
                    .append("<td class=\"num\">")
                    .append(href == null ? "<a>" : "<a href=\"" + escape(href) + "\">")
                    .append(escape(count))
                    .append("</a></td>")
                    .append(
                            "<td><svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\"")
                    .append(" focusable=\"false\"><rect x=\"0\" y=\"0\" height=\"10\" width=\"")
                    .append(p.bar())
                    .append("\"></rect></svg></td></tr>");
        }
        return html.toString();
    }

    /** Breakdown rows: label, count (linked for departments and kinds), previous period, year before, changes. */
    static String dimension(DimensionTable table, String hiddenLabel, Function<String, String> messages) {
        StringBuilder html = new StringBuilder(table.lines().size() * 700);
        for (DimensionTable.Line r : table.lines()) {
            String now = escape(r.now() != null ? r.now() : hiddenLabel);
            html.append("<tr><th scope=\"row\">").append(escape(r.label())).append("</th><td class=\"num\">");
            if (r.linked()) {
                html.append(r.href() == null ? "<a>" : "<a href=\"" + escape(r.href()) + "\">")
                        .append(now)
                        .append("</a>");
            } else {
                html.append("<span>").append(now).append("</span>");
            }
            html.append("</td><td class=\"num\">")
                    .append(escape(r.previous() != null ? r.previous() : hiddenLabel))
                    .append("</td>");
            change(html, r.changePrevious(), messages);
            html.append("<td class=\"num\">")
                    .append(escape(r.year() != null ? r.year() : hiddenLabel))
                    .append("</td>");
            change(html, r.changeYear(), messages);
            html.append("</tr>");
        }
        return html.toString();
    }

    private static void change(StringBuilder html, DimensionTable.Change c, Function<String, String> messages) {
        html.append("<td><span class=\"").append(escape(c.css())).append("\">");
        if (c.percent() != null) {
            html.append("<span>").append(escape(c.percent())).append("</span> ");
        }
        html.append("<span>").append(escape(messages.apply(c.key()))).append("</span></span></td>");
    }

    /** One choice of a filter's select: its value, its label, whether it is the current one. */
    record Option(String value, String label, boolean selected) {}

    /** The options of a select, for {@code th:utext} on the select element. */
    static String options(java.util.List<Option> options) {
        StringBuilder html = new StringBuilder(options.size() * 80);
        for (Option o : options) {
            html.append("<option value=\"")
                    .append(escape(o.value()))
                    .append('"')
                    .append(o.selected() ? " selected=\"selected\">" : ">")
                    .append(escape(o.label()))
                    .append("</option>");
        }
        return html.toString();
    }

    /** As {@link #options(java.util.List)}, after a first option "all" (empty value), chosen when nothing else is. */
    static String optionsAfterAll(String allLabel, java.util.List<Option> options) {
        java.util.List<Option> withAll = new java.util.ArrayList<>(options.size() + 1);
        withAll.add(new Option("", allLabel, false));
        withAll.addAll(options);
        return options(withAll);
    }

    static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
